import { ClientMessages } from "@/app/_components/client-messages";
import type { MemberListPage } from "@/lib/members/queries";
import { MemberRows } from "./member-rows";

/** The members list: the rows in a client component (member-rows.tsx), with only the messages it reads. */
export function MemberTable({ list }: { list: MemberListPage }) {
  return (
    <ClientMessages namespaces={["members.table", "members.statuses", "members.row", "members.roles", "members.errors"]}>
      <MemberRows rows={list.rows} page={list.page} pageCount={list.pageCount} />
    </ClientMessages>
  );
}
