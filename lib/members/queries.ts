import "server-only";
import { and, asc, eq, ilike, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { memberships, type MembershipRole } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";

// 25 a page: with 50 the list's HTML was twice the 60 KB a page may weigh (issue 16), and a search finds anyone.
export const MEMBERS_PAGE_SIZE = 25;

export type MemberListRow = {
  id: string;
  name: string;
  email: string;
  department: string | null;
  role: MembershipRole;
  status: "invited" | "active";
  managerName: string | null;
  isSelf: boolean;
};

export type MemberListPage = { rows: MemberListRow[]; total: number; page: number; pageCount: number };

export type ListMembersOptions = { search?: string; page?: number };

/** A LIKE pattern that matches the text literally anywhere: % and _ typed by a person are not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of the organisation's members (removed ones left out), searched by name, address or department.
 * One query per page whatever the organisation's size: the total comes from a window count, and the
 * manager's name from a join rather than a lookup per row.
 */
export async function listMembers(scope: MemberScope, options: ListMembersOptions = {}): Promise<MemberListPage> {
  const { organizationId } = scope;
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const search = options.search?.trim().slice(0, 100);
  const manager = alias(memberships, "manager");
  const rows = await withActor(scope, "members.view", (tx) =>
    tx
      .select({
        id: memberships.id,
        name: memberships.name,
        email: memberships.email,
        department: memberships.department,
        role: memberships.role,
        status: memberships.status,
        managerName: manager.name,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(memberships)
      .leftJoin(manager, and(eq(manager.id, memberships.managerMembershipId), eq(manager.organizationId, organizationId)))
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          ne(memberships.status, "removed"),
          search
            ? or(ilike(memberships.name, containsPattern(search)), ilike(memberships.email, containsPattern(search)), ilike(memberships.department, containsPattern(search)))
            : undefined,
        ),
      )
      .orderBy(asc(memberships.name), asc(memberships.id))
      .limit(MEMBERS_PAGE_SIZE)
      .offset((page - 1) * MEMBERS_PAGE_SIZE),
  );
  const total = rows[0]?.total ?? 0;
  return {
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      department: row.department,
      role: row.role,
      status: row.status === "active" ? "active" : "invited",
      managerName: row.managerName,
      isSelf: row.id === scope.actorMembershipId,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)),
  };
}

export type ManagerCandidate = { name: string; email: string; department: string | null };

/** A few invited or active members whose name or address matches, for the manager picker. */
export async function searchManagerCandidates(scope: MemberScope, query: string): Promise<ManagerCandidate[]> {
  const text = query.trim().slice(0, 100);
  if (text.length < 2) return [];
  const { organizationId } = scope;
  return withActor(scope, "members.invite", (tx) =>
    tx
      .select({ name: memberships.name, email: memberships.email, department: memberships.department })
      .from(memberships)
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          inArray(memberships.status, ["invited", "active"]),
          or(ilike(memberships.name, containsPattern(text)), ilike(memberships.email, containsPattern(text))),
        ),
      )
      .orderBy(asc(memberships.name))
      .limit(10),
  );
}
