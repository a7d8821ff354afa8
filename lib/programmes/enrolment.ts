import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, memberships, organizations, type Enrolment, type Programme } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { ProgrammeKind } from "./kind";
import { lockProgramme } from "./lock";
import type { EnrolmentInput, MenteeAnswers, MentorAnswers } from "./schemas";
import { readMentoringSettings } from "@/lib/mentoring/core/settings";
import { isSignupOpen } from "./window";

/**
 * Locks the programme row (shared) so that closing sign-up waits for an enrolment in flight, and refuses
 * anything but an open programme of the caller's organisation (of the given kind, when one is given)
 * inside its window.
 */
export async function lockOpenProgramme(tx: Tx, scope: MemberScope, programmeId: string, kind?: ProgrammeKind): Promise<Programme> {
  const programme = await lockProgramme(tx, scope, programmeId, { mode: "share", kind, notStatuses: ["draft"] });
  if (!isSignupOpen({ status: programme.status, opensAt: programme.signupOpensAt, closesAt: programme.signupClosesAt }, now())) throw new AppError("conflict", { message: "signupClosed" });
  return programme;
}

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
/** One role per person and programme: signing up as mentor while active as mentee (or the reverse) is refused. */
export async function assertNoOtherRole(tx: Tx, scope: MemberScope, programmeId: string, role: Enrolment["role"]): Promise<void> {
  const [other] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.programmeId, programmeId),
        eq(enrolments.organizationId, scope.organizationId),
        eq(enrolments.membershipId, scope.actorMembershipId),
        eq(enrolments.status, "active"),
        ne(enrolments.role, role),
      ),
    );
  if (other) throw new AppError("conflict", { message: "otherRole" });
}

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

/**
 * Withdraws the caller's active enrolment (mentoring or co-development) while sign-up is open; the row
 * stays, with status withdrawn.
 */
export async function withdrawEnrolment(scope: MemberScope, programmeId: string): Promise<void> {
  await withActor(scope, "programmes.view", async (tx) => {
    await lockOpenProgramme(tx, scope, programmeId);
    const updated = await tx
      .update(enrolments)
      .set({ status: "withdrawn" })
      .where(
        and(
          eq(enrolments.programmeId, programmeId),
          eq(enrolments.organizationId, scope.organizationId),
          eq(enrolments.membershipId, scope.actorMembershipId),
          eq(enrolments.status, "active"),
        ),
      )
      .returning({ id: enrolments.id });
    if (updated.length === 0) throw new AppError("conflict", { message: "notEnrolled" });
  });
}
