import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import type { MemberListPage } from "@/lib/members/queries";
import { MemberRemoveDialog } from "./member-remove-dialog";
import { MemberResendButton } from "./member-resend-button";
import { MemberRoleForm } from "./member-role-form";

// Below the sm breakpoint every row becomes a card (.stacked-cell in app/globals.css).
const cell = "stacked-cell";

export async function MemberTable({ list }: { list: MemberListPage }) {
  const t = await getTranslations("members");
  // The rows' forms read only these messages (tests/client-messages.test.ts keeps the list true).
  return (
    <ClientMessages namespaces={["members.row", "members.roles", "members.errors"]}>
      <table className="mt-4 block w-full text-left text-sm sm:table">
        <caption className="sr-only">{t("table.caption", { page: list.page, pageCount: list.pageCount })}</caption>
        <thead className="hidden border-b border-stone-300 sm:table-header-group">
          <tr>
            {(["person", "department", "manager", "role", "status", "actions"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium text-stone-700">
                {t(`table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block space-y-3 sm:table-row-group sm:space-y-0">
          {list.rows.map((member) => (
            <tr key={member.id} className="stacked-row">
              <th scope="row" className="stacked-row-head">
                <span className="block font-medium text-stone-900">
                  {member.name} {member.isSelf && <span className="font-normal text-stone-600">{t("table.you")}</span>}
                </span>
                <span className="block break-words text-stone-600">{member.email}</span>
              </th>
              <td data-label={t("table.department")} className={cell}>
                {member.department ?? t("table.none")}
              </td>
              <td data-label={t("table.manager")} className={cell}>
                {member.managerName ?? t("table.none")}
              </td>
              <td data-label={t("table.role")} className={cell}>
                <MemberRoleForm membershipId={member.id} name={member.name} role={member.role} />
              </td>
              <td data-label={t("table.status")} className={cell}>
                <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${member.status === "active" ? "bg-brand-100 text-brand-900" : "bg-amber-100 text-amber-900"}`}>
                  {t(`statuses.${member.status}`)}
                </span>
              </td>
              <td className="block pt-2 sm:table-cell sm:px-3 sm:py-3 sm:align-top">
                <div className="flex flex-wrap items-start gap-2">
                  {member.status === "invited" && <MemberResendButton membershipId={member.id} />}
                  <MemberRemoveDialog membershipId={member.id} name={member.name} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ClientMessages>
  );
}
