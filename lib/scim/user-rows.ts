import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { memberships, sessions } from "@/db/schema";
import { isUuid } from "@/lib/validation/uuid";
import { ScimError } from "./core/errors";
import type { UserFilter, UserFilterTerm } from "./core/filter";
import type { ScimMember } from "./core/user-resource";

// The memberships behind /Users as SCIM reads them: which ones it sees, how a filter finds them, one page
// of them, one of them. The writes are in ./users.ts.
/** Who provisions: the token's organisation (every query filters on it, under its row-level security). */
export type ScimScope = { organizationId: string; tokenId: string };

/** One SCIM request's transaction: its handle, its organisation, and the accounts to sign out once it commits. */
export type ScimRun = { tx: Tx; scope: ScimScope; signOut: Set<string> };

/**
 * Runs `fn` in one tenant transaction of the token's organisation (the same row-level security as every
 * page), then ends the sign-in sessions of the people it switched off. Sessions are the system
 * connection's (the tenant role has no access to sign-in secrets, migration 0008), so they are deleted
 * after the commit; access has ended already by then, since every request re-reads the memberships.
 */
export async function inScimTenant<T>(scope: ScimScope, fn: (run: ScimRun) => Promise<T>): Promise<T> {
  const signOut = new Set<string>();
  const result = await withTenant({ organizationId: scope.organizationId }, (tx) => fn({ tx, scope, signOut }));
  if (signOut.size > 0) await getDb().delete(sessions).where(inArray(sessions.userId, [...signOut]));
  return result;
}

export const columns = {
  id: memberships.id,
  email: memberships.email,
  name: memberships.name,
  jobTitle: memberships.jobTitle,
  department: memberships.department,
  managerMembershipId: memberships.managerMembershipId,
  externalId: memberships.externalId,
  scimUserName: memberships.scimUserName,
  scimName: memberships.scimName,
  status: memberships.status,
  role: memberships.role,
  userId: memberships.userId,
  createdAt: memberships.createdAt,
  updatedAt: memberships.updatedAt,
};

export type Row = { [K in keyof typeof columns]: (typeof columns)[K]["_"]["data"] } & { scimName: ScimMember["scimName"] };

export function memberOf(row: Row): ScimMember {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    jobTitle: row.jobTitle,
    department: row.department,
    managerMembershipId: row.managerMembershipId,
    externalId: row.externalId,
    scimUserName: row.scimUserName,
    scimName: row.scimName,
    active: row.status !== "removed",
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The people SCIM sees: everyone in the organisation, and those that provisioning itself switched off
 * (active false), so that the identity provider can find and switch them on again (Entra's rule: a user is
 * returned whether or not active, until hard-deleted). Members removed otherwise, or deleted over SCIM, or
 * erased, are not there: their ids answer 404 (RFC 7644 §3.6).
 */
export function visible(organizationId: string): SQL {
  return and(eq(memberships.organizationId, organizationId), or(ne(memberships.status, "removed"), isNotNull(memberships.scimDeactivatedAt)))!;
}

/** userName compares without regard to case; a member who was never provisioned answers to their address. */
export function userNameIs(value: string): SQL {
  return or(
    and(isNotNull(memberships.scimUserName), sql`lower(${memberships.scimUserName}) = lower(${value})`),
    and(isNull(memberships.scimUserName), eq(memberships.email, value.toLowerCase())),
  )!;
}

function termCondition(term: UserFilterTerm): SQL {
  switch (term.attribute) {
    case "userName":
      return userNameIs(term.value);
    case "externalId":
      return eq(memberships.externalId, term.value);
    case "id":
      return isUuid(term.value) ? eq(memberships.id, term.value) : sql`false`;
    case "email":
      return eq(memberships.email, term.value.trim().toLowerCase());
  }
}

export type ListUsersOptions = { filter: UserFilter | null; startIndex: number; count: number };

/** One page of the visible members in a stable order (Okta pages by startIndex and needs the same order each time). */
export async function listScimUsers({ tx, scope }: ScimRun, options: ListUsersOptions): Promise<{ total: number; members: ScimMember[] }> {
  const where = and(visible(scope.organizationId), options.filter ? or(...options.filter.map((branch) => and(...branch.map(termCondition)))) : undefined);
  if (options.count === 0) {
    const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(memberships).where(where);
    return { total, members: [] };
  }
  const rows = await tx
    .select({ ...columns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(memberships)
    .where(where)
    .orderBy(asc(memberships.createdAt), asc(memberships.id))
    .limit(options.count)
    .offset(options.startIndex - 1);
  if (rows.length === 0 && options.startIndex > 1) {
    const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(memberships).where(where);
    return { total, members: [] };
  }
  return { total: rows[0]?.total ?? 0, members: rows.map((row) => memberOf(row as Row)) };
}

export const notFound = (id: string) => new ScimError(404, null, `Resource ${id} not found`);

export async function getScimUser({ tx, scope }: ScimRun, id: string): Promise<ScimMember> {
  if (!isUuid(id)) throw notFound(id);
  const [row] = await tx.select(columns).from(memberships).where(and(visible(scope.organizationId), eq(memberships.id, id))).limit(1);
  if (!row) throw notFound(id);
  return memberOf(row as Row);
}

