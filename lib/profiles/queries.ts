import "server-only";
import { and, asc, eq, ilike, isNotNull, ne, notInArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { memberships, organizations, type Topic } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { reportsOf } from "./reporting-lines";
import { toProfileScope, type ProfileScope, type ScopeSource } from "./scope";

export type ManagerOption = { membershipId: string; name: string; jobTitle: string | null; department: string | null };

export type OwnProfile = {
  membershipId: string;
  email: string;
  name: string;
  jobTitle: string | null;
  department: string | null;
  managerMembershipId: string | null;
  manager: ManagerOption | null;
  seniority: number | null;
  languages: string[];
  timeZone: string | null;
  topics: string[];
  bio: string | null;
  availability: string[];
};

export type ProfileEditData = { profile: OwnProfile; topics: Topic[]; departments: string[]; organizationTimeZone: string };

/** Enough for the datalist; an organisation with more departments than this is a different product. */
const MAX_DEPARTMENTS = 300;
const MAX_MANAGER_RESULTS = 8;

async function readOwnProfile(tx: Tx, scope: ProfileScope): Promise<OwnProfile | null> {
  const manager = alias(memberships, "manager");
  const [row] = await tx
    .select({
      membershipId: memberships.id,
      email: memberships.email,
      name: memberships.name,
      jobTitle: memberships.jobTitle,
      department: memberships.department,
      managerMembershipId: memberships.managerMembershipId,
      seniority: memberships.seniority,
      languages: memberships.languages,
      timeZone: memberships.timeZone,
      topics: memberships.topics,
      bio: memberships.bio,
      availability: memberships.availability,
      managerName: manager.name,
      managerJobTitle: manager.jobTitle,
      managerDepartment: manager.department,
    })
    .from(memberships)
    // The manager must be of the same organisation: the join says so even though RLS would too.
    .leftJoin(manager, and(eq(manager.id, memberships.managerMembershipId), eq(manager.organizationId, scope.organizationId)))
    .where(and(eq(memberships.id, scope.membershipId), eq(memberships.organizationId, scope.organizationId)))
    .limit(1);
  if (!row) return null;
  const { managerName, managerJobTitle, managerDepartment, ...profile } = row;
  return {
    ...profile,
    manager:
      profile.managerMembershipId && managerName !== null
        ? { membershipId: profile.managerMembershipId, name: managerName, jobTitle: managerJobTitle, department: managerDepartment }
        : null,
  };
}

/** The signed-in member's own profile in their current organisation (null if the membership is gone). */
export async function getOwnProfile(source: ScopeSource): Promise<OwnProfile | null> {
  const scope = toProfileScope(source);
  return withTenant(scope, (tx) => readOwnProfile(tx, scope));
}

/** What the profile form needs, in one transaction: the profile, the organisation's topics and departments. */
export async function getProfileEditData(source: ScopeSource): Promise<ProfileEditData | null> {
  const scope = toProfileScope(source);
  return withTenant(scope, async (tx) => {
    const profile = await readOwnProfile(tx, scope);
    if (!profile) return null;
    const [[org], departments] = await Promise.all([
      tx
        .select({ topics: organizations.topics, timeZone: organizations.timeZone })
        .from(organizations)
        .where(eq(organizations.id, scope.organizationId))
        .limit(1),
      tx
        .selectDistinct({ department: memberships.department })
        .from(memberships)
        .where(and(eq(memberships.organizationId, scope.organizationId), isNotNull(memberships.department), ne(memberships.status, "removed")))
        .orderBy(asc(memberships.department))
        .limit(MAX_DEPARTMENTS),
    ]);
    return {
      profile,
      topics: org?.topics ?? [],
      departments: departments.map((d) => d.department).filter((d): d is string => Boolean(d?.trim())),
      organizationTimeZone: org?.timeZone ?? "Europe/Amsterdam",
    };
  });
}

/** `%` and `_` typed by a person are letters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Members who could be the caller's manager and whose name matches: never the caller, never someone who
 * reports to them (directly or not), never a removed member. A handful of results, so that an organisation
 * of 10,000 people is searched on the server instead of sent to the browser.
 */
export async function searchManagerCandidates(source: ScopeSource, query: string): Promise<ManagerOption[]> {
  const scope = toProfileScope(source);
  const text = query.trim();
  if (text.length < 2) return [];
  return withTenant(scope, (tx) =>
    tx
      .select({ membershipId: memberships.id, name: memberships.name, jobTitle: memberships.jobTitle, department: memberships.department })
      .from(memberships)
      .where(
        and(
          eq(memberships.organizationId, scope.organizationId),
          ne(memberships.id, scope.membershipId),
          ne(memberships.status, "removed"),
          or(ilike(memberships.name, likePattern(text)), ilike(memberships.jobTitle, likePattern(text))),
          notInArray(memberships.id, reportsOf(scope.organizationId, scope.membershipId)),
        ),
      )
      .orderBy(asc(memberships.name), asc(memberships.id))
      .limit(MAX_MANAGER_RESULTS),
  );
}
