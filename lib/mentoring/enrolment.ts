import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, memberships, organizations } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { readMentoringSettings } from "@/lib/mentoring/core/settings";
import { assertNoOtherRole, lockOpenProgramme } from "@/lib/programmes/enrolment";
import type { EnrolmentInput, MenteeAnswers, MentorAnswers } from "./programme-schemas";

// Enrolling in a mentoring programme as mentee or mentor; withdrawing is the same for every kind
// (lib/programmes/enrolment.ts).

/** The caller's own membership, locked: two enrolments of one person (say as mentee and mentor) run one after the other. */
async function lockOwnMembership(tx: Tx, scope: MemberScope) {
  const [me] = await tx
    .select({ languages: memberships.languages, timeZone: memberships.timeZone })
    .from(memberships)
    .where(and(eq(memberships.id, scope.actorMembershipId), eq(memberships.organizationId, scope.organizationId)))
    .for("update");
  if (!me) throw new AppError("forbidden");
  return me;
}

async function checkTopics(tx: Tx, organizationId: string, topics: string[]): Promise<void> {
  if (topics.length === 0) return;
  const [org] = await tx.select({ topics: organizations.topics }).from(organizations).where(eq(organizations.id, organizationId));
  const known = new Set((org?.topics ?? []).map((t) => t.slug));
  if (!topics.every((t) => known.has(t))) throw new AppError("invalid", { message: "unknownTopic" });
}

/** Only active members of the same organisation, and never oneself. */
async function checkAvoid(tx: Tx, scope: MemberScope, avoid: string[]): Promise<string[]> {
  const ids = [...new Set(avoid)];
  if (ids.length === 0) return ids;
  if (ids.includes(scope.actorMembershipId)) throw new AppError("invalid", { message: "avoidNotMember" });
  const found = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(inArray(memberships.id, ids), eq(memberships.organizationId, scope.organizationId), eq(memberships.status, "active")));
  if (found.length !== ids.length) throw new AppError("invalid", { message: "avoidNotMember" });
  return ids;
}

/**
 * Enrols the caller, or changes their enrolment, while sign-up is open. One role per programme: an active
 * enrolment in the other role is refused. A withdrawn enrolment in the same role comes back to life.
 */
export async function saveEnrolment(scope: MemberScope, input: EnrolmentInput): Promise<"created" | "updated"> {
  return withActor(scope, "programmes.view", async (tx) => {
    const programme = await lockOpenProgramme(tx, scope, input.programmeId, "mentoring");
    const me = await lockOwnMembership(tx, scope);
    if (me.languages.length === 0 || !me.timeZone) throw new AppError("invalid", { message: "profileIncomplete" });
    await assertNoOtherRole(tx, scope, input.programmeId, input.role);
    await checkTopics(tx, scope.organizationId, input.topics);
    let answers: MenteeAnswers | MentorAnswers;
    let capacity: number | null = null;
    if (input.role === "mentee") {
      answers = { goals: input.goals, topics: input.topics, avoid: await checkAvoid(tx, scope, input.avoid) };
    } else {
      answers = { topics: input.topics, paused: input.paused };
      capacity = input.capacity ?? readMentoringSettings(programme.settings).defaultCapacity;
    }
    const [row] = await tx
      .insert(enrolments)
      .values({ organizationId: scope.organizationId, programmeId: input.programmeId, membershipId: scope.actorMembershipId, role: input.role, status: "active", answers, capacity })
      .onConflictDoUpdate({
        target: [enrolments.programmeId, enrolments.membershipId, enrolments.role],
        set: { answers, capacity, status: "active", updatedAt: new Date() },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    return row.inserted ? "created" : "updated";
  });
}
