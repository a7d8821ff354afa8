import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, memberships } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { profileCompleteness } from "@/lib/profiles/completeness";
import { assertNoOtherRole, lockOpenProgramme } from "@/lib/programmes/enrolment";
import { CHARTER_VERSION, codevRequiredProfileFields, type CodevAnswers, type CodevEnrolmentInput } from "./schemas";
import { readCodevSettings } from "@/lib/codevelopment/core/settings";

/** The caller's own profile, locked: two sign-ups of one person run one after the other. */
async function lockOwnProfile(tx: Tx, scope: MemberScope) {
  const [me] = await tx
    .select({
      department: memberships.department,
      managerMembershipId: memberships.managerMembershipId,
      seniority: memberships.seniority,
      languages: memberships.languages,
      timeZone: memberships.timeZone,
      topics: memberships.topics,
      availability: memberships.availability,
    })
    .from(memberships)
    .where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, scope.organizationId)))
    .for("update");
  if (!me) throw new AppError("forbidden");
  return me;
}

/**
 * Signs the caller up (or changes their sign-up) as participant or volunteer facilitator while sign-up is
 * open. The group charter and the profile's languages and availability are confirmed on every save, and
 * the time of that agreement is kept with the answers. One role per programme, as in mentoring.
 */
export async function saveCodevEnrolment(scope: MemberScope, input: CodevEnrolmentInput): Promise<"created" | "updated"> {
  return withActor(scope, "programmes.view", async (tx) => {
    const settings = readCodevSettings((await lockOpenProgramme(tx, scope, input.programmeId, "codevelopment")).settings);
    const me = await lockOwnProfile(tx, scope);
    const missing = profileCompleteness(me).missing;
    if (codevRequiredProfileFields.some((f) => missing.includes(f))) throw new AppError("invalid", { message: "profileIncomplete" });
    if (input.role === "facilitator" && settings.facilitatorMode !== "perGroup") throw new AppError("invalid", { message: "facilitatorNotNeeded" });
    const languages = [...new Set(input.languages)];
    if (!languages.every((l) => settings.languages.includes(l) && me.languages.includes(l))) throw new AppError("invalid", { message: "languageNotOffered" });
    await assertNoOtherRole(tx, scope, input.programmeId, input.role);
    const at = now().toISOString();
    const answers: CodevAnswers = { languages, profileConfirmedAt: at, charter: { version: CHARTER_VERSION, agreedAt: at } };
    const [row] = await tx
      .insert(enrolments)
      .values({ organizationId: scope.organizationId, programmeId: input.programmeId, membershipId: scope.actorMembershipId, role: input.role, status: "active", answers, capacity: null })
      .onConflictDoUpdate({
        target: [enrolments.programmeId, enrolments.membershipId, enrolments.role],
        set: { answers, capacity: null, status: "active", updatedAt: new Date() },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    return row.inserted ? "created" : "updated";
  });
}
