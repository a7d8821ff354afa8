import "server-only";
import { and, eq, not, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { AppError } from "@/lib/errors";
import { sortSlots } from "./availability";
import { isActiveMember, lockReportingLines, wouldCloseLoop } from "./reporting-lines";
import { toProfileScope, type ProfileScope, type ScopeSource } from "./scope";

/** The fields a member edits on their own profile, already validated by the form's zod schema. */
export type ProfileUpdate = {
  name: string;
  jobTitle: string | null;
  department: string | null;
  managerMembershipId: string | null;
  seniority: number | null;
  languages: string[];
  timeZone: string;
  topics: string[];
  bio: string | null;
  availability: string[];
};

export type ProfileRefusal = "managerSelf" | "managerNotFound" | "managerCycle" | "unknownTopic";
export type UpdateProfileResult = { ok: true } | { ok: false; field: "managerMembershipId" | "topics"; reason: ProfileRefusal };

/**
 * Saves the caller's own profile with one UPDATE on their membership in their current organisation. The
 * rules that depend on other rows (the manager exists here and does not report to the caller) are part of
 * that UPDATE's WHERE clause, so the check and the write cannot drift apart; when it updates nothing, a
 * second read only explains why. Nothing is written when anything is refused.
 */
export async function updateOwnProfile(source: ScopeSource, input: ProfileUpdate): Promise<UpdateProfileResult> {
  const scope = toProfileScope(source);
  return withTenant(scope, (tx) => updateOwnProfileIn(tx, scope, input));
}

/** The same inside a caller's tenant transaction (withTenant), to combine it with other writes. */
export async function updateOwnProfileIn(tx: Tx, scope: ProfileScope, input: ProfileUpdate): Promise<UpdateProfileResult> {
  const { organizationId, membershipId } = scope;
  const managerId = input.managerMembershipId;
  if (managerId === membershipId) return { ok: false, field: "managerMembershipId", reason: "managerSelf" };

  const [org] = await tx.select({ topics: organizations.topics }).from(organizations).where(eq(organizations.id, organizationId)).limit(1);
  const known = new Set((org?.topics ?? []).map((t) => t.slug));
  if (input.topics.some((slug) => !known.has(slug))) return { ok: false, field: "topics", reason: "unknownTopic" };

  if (managerId) await lockReportingLines(tx, organizationId);
  const managerGuard = managerId
    ? and(isActiveMember(organizationId, managerId), not(wouldCloseLoop(organizationId, membershipId, managerId)))
    : sql`true`;
  const updated = await tx
    .update(memberships)
    .set({
      name: input.name,
      jobTitle: input.jobTitle,
      department: input.department,
      managerMembershipId: managerId,
      seniority: input.seniority,
      languages: [...new Set(input.languages)],
      timeZone: input.timeZone,
      topics: [...new Set(input.topics)],
      bio: input.bio,
      availability: sortSlots(input.availability),
    })
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, organizationId), managerGuard))
    .returning({ id: memberships.id });
  if (updated.length === 1) return { ok: true };

  if (managerId) {
    const [why] = await tx.execute<{ found: boolean; loop: boolean }>(
      sql`select ${isActiveMember(organizationId, managerId)} as found, ${wouldCloseLoop(organizationId, membershipId, managerId)} as loop`,
    );
    if (why && !why.found) return { ok: false, field: "managerMembershipId", reason: "managerNotFound" };
    if (why?.loop) return { ok: false, field: "managerMembershipId", reason: "managerCycle" };
  }
  // The membership itself is gone (removed, or not of this organisation): nothing to save.
  throw new AppError("not_found");
}
