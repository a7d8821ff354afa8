import "server-only";
import { and, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { enrolments, matches, memberships, mentorLoads, organizations, programmes, users, type LocalizedText, type Topic } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import type { ScoreFactor } from "@/lib/matching";
import { parseGoals } from "@/lib/mentoring/core/engine-input";
import { enrolmentTopics } from "@/lib/mentoring/core/topics";
import { replaceLostRequest } from "./lost-request";
import { readMentoringSettings } from "@/lib/mentoring/core/criteria";
import type { DeclineReason } from "./schemas";

/** A request or match seen by its mentor: the mentee's details that the enrolment shares, and why. */
export type MentorMatchView = {
  id: string;
  status: string;
  /** When it was answered, ended or ran out (null while it runs): /matches keeps what just ended in view. */
  settledAt: Date | null;
  programmeName: LocalizedText;
  menteeName: string;
  department: string | null;
  topics: string[];
  goals: string | null;
  factors: ScoreFactor[];
  deadline: Date | null;
  /** Still open for an answer: requested and before its deadline. */
  open: boolean;
};

/** A match seen by its mentee: who and where it stands, never the mentor's reason or text for a decline. */
export type MenteeMatchView = { id: string; status: string; settledAt: Date | null; programmeName: LocalizedText; mentorName: string; deadline: Date | null };

export type MyMatches = { topics: Topic[]; asMentor: MentorMatchView[]; asMentee: MenteeMatchView[] };

// Proposals are the admin's draft: nobody is told about them before publishing (lib/mentoring/publish-run.ts).
const visibleStatuses = ["requested", "accepted", "declined", "expired", "withdrawn", "ended"] as const;

/** An ended pair's end, an answered request's answer, an expired one's deadline; null while it runs. */
function settledAt(row: { status: string; respondedAt: Date | null; endedAt: Date | null; deadline: Date | null }): Date | null {
  if (row.status === "ended") return row.endedAt;
  if (row.status === "declined" || row.status === "withdrawn") return row.respondedAt;
  if (row.status === "expired") return row.deadline;
  return null;
}

/** The signed-in member's matches in the current organisation, on both sides. */
export async function listMyMatches(scope: MemberScope): Promise<MyMatches> {
  const { organizationId, actorMembershipId } = scope;
  return withActor(scope, "matches.respond", async (tx) => {
    const mentorEnrolment = alias(enrolments, "mentor_enrolment");
    const menteeEnrolment = alias(enrolments, "mentee_enrolment");
    const mentor = alias(memberships, "mentor");
    const mentee = alias(memberships, "mentee");
    const rows = await tx
      .select({
        id: matches.id,
        status: matches.status,
        explanation: matches.explanation,
        deadline: matches.requestDeadline,
        respondedAt: matches.respondedAt,
        endedAt: matches.endedAt,
        programmeName: programmes.name,
        mentorMembershipId: mentorEnrolment.membershipId,
        menteeMembershipId: menteeEnrolment.membershipId,
        menteeAnswers: menteeEnrolment.answers,
        mentorName: mentor.name,
        menteeName: mentee.name,
        menteeDepartment: mentee.department,
        menteeTopics: mentee.topics,
      })
      .from(matches)
      .innerJoin(programmes, eq(programmes.id, matches.programmeId))
      .innerJoin(mentorEnrolment, eq(mentorEnrolment.id, matches.mentorEnrolmentId))
      .innerJoin(menteeEnrolment, eq(menteeEnrolment.id, matches.menteeEnrolmentId))
      .innerJoin(mentor, eq(mentor.id, mentorEnrolment.membershipId))
      .innerJoin(mentee, eq(mentee.id, menteeEnrolment.membershipId))
      .where(
        and(
          eq(matches.organizationId, organizationId),
          inArray(matches.status, [...visibleStatuses]),
          or(eq(mentorEnrolment.membershipId, actorMembershipId), eq(menteeEnrolment.membershipId, actorMembershipId)),
        ),
      )
      .orderBy(matches.createdAt);
    const [organization] = await tx.select({ topics: organizations.topics }).from(organizations).where(eq(organizations.id, organizationId));
    const at = now();
    return {
      topics: organization?.topics ?? [],
      asMentor: rows
        .filter((row) => row.mentorMembershipId === actorMembershipId)
        .map((row) => ({
          id: row.id,
          status: row.status,
          settledAt: settledAt(row),
          programmeName: row.programmeName,
          menteeName: row.menteeName,
          department: row.menteeDepartment,
          topics: enrolmentTopics(row.menteeAnswers, row.menteeTopics),
          goals: parseGoals(row.menteeAnswers),
          factors: row.explanation as ScoreFactor[],
          deadline: row.deadline,
          open: row.status === "requested" && (row.deadline === null || row.deadline > at),
        })),
      asMentee: rows
        .filter((row) => row.menteeMembershipId === actorMembershipId)
        .map((row) => ({ id: row.id, status: row.status, settledAt: settledAt(row), programmeName: row.programmeName, mentorName: row.mentorName, deadline: row.deadline })),
    };
  });
}

/**
 * The match, only when the actor is its mentor in this organisation; anyone else (the mentee, another
 * member, another organisation) gets not_found, so that a guessed id tells nothing.
 */
async function mentorsMatch(tx: Tx, scope: MemberScope, matchId: string) {
  const [row] = await tx
    .select({ match: matches, capacity: enrolments.capacity, settings: programmes.settings, programmeName: programmes.name })
    .from(matches)
    .innerJoin(enrolments, eq(enrolments.id, matches.mentorEnrolmentId))
    .innerJoin(programmes, eq(programmes.id, matches.programmeId))
    .where(and(eq(matches.id, matchId), eq(matches.organizationId, scope.organizationId), eq(enrolments.membershipId, scope.actorMembershipId), eq(enrolments.organizationId, scope.organizationId)))
    .limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}

/** Why a compare-and-swap on a request found nothing to change. */
async function notAnswerable(tx: Tx, matchId: string): Promise<AppError> {
  const [row] = await tx.select({ status: matches.status }).from(matches).where(eq(matches.id, matchId));
  return new AppError("conflict", { message: row?.status === "requested" ? "matches.errors.expired" : "matches.errors.alreadyAnswered" });
}

function pgCode(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * The mentor accepts a request. Capacity is held in the database (SECURITY.md rule 10): the mentor's
 * mentor_loads row is locked for the whole transaction, the request moves requested → accepted by
 * compare-and-swap, and the count's CHECK is the backstop. The mentee's other pending requests in the
 * programme are withdrawn, and both people get an email in the same transaction (rule 12).
 */
export async function acceptMatch(scope: MemberScope, matchId: string): Promise<void> {
  try {
    await withActor(scope, "matches.respond", async (tx) => {
      const { match, capacity: ownCapacity, settings, programmeName } = await mentorsMatch(tx, scope, matchId);
      const capacity = ownCapacity ?? readMentoringSettings(settings).defaultCapacity;
      // First use creates the row from the accepted matches; a concurrent first use loses the insert and waits on the lock.
      await tx
        .insert(mentorLoads)
        .values({
          mentorEnrolmentId: match.mentorEnrolmentId,
          organizationId: scope.organizationId,
          acceptedCount: sql`(select count(*)::int from ${matches} where ${matches.mentorEnrolmentId} = ${match.mentorEnrolmentId} and ${matches.status} = 'accepted')`,
          capacity: sql`greatest(${capacity}::int, (select count(*)::int from ${matches} where ${matches.mentorEnrolmentId} = ${match.mentorEnrolmentId} and ${matches.status} = 'accepted'))`,
        })
        .onConflictDoNothing({ target: mentorLoads.mentorEnrolmentId });
      const [load] = await tx
        .select()
        .from(mentorLoads)
        .where(and(eq(mentorLoads.mentorEnrolmentId, match.mentorEnrolmentId), eq(mentorLoads.organizationId, scope.organizationId)))
        .for("update");
      if (!load) throw new AppError("not_found");
      // The enrolment's capacity may have changed since the row was made; it never drops below what is accepted.
      const limit = Math.max(capacity, load.acceptedCount);
      if (load.acceptedCount >= limit) throw new AppError("conflict", { message: "matches.errors.capacityFull" });
      const at = now();
      const accepted = await tx
        .update(matches)
        .set({ status: "accepted", respondedAt: at })
        .where(and(eq(matches.id, match.id), eq(matches.organizationId, scope.organizationId), eq(matches.status, "requested"), or(isNull(matches.requestDeadline), gt(matches.requestDeadline, at))))
        .returning({ id: matches.id });
      if (accepted.length === 0) throw await notAnswerable(tx, match.id);
      await tx
        .update(mentorLoads)
        .set({ acceptedCount: sql`${mentorLoads.acceptedCount} + 1`, capacity: limit })
        .where(eq(mentorLoads.mentorEnrolmentId, match.mentorEnrolmentId));
      await tx
        .update(matches)
        .set({ status: "withdrawn" })
        .where(
          and(
            eq(matches.organizationId, scope.organizationId),
            eq(matches.programmeId, match.programmeId),
            eq(matches.menteeEnrolmentId, match.menteeEnrolmentId),
            eq(matches.status, "requested"),
            ne(matches.id, match.id),
          ),
        );
      await emailAccepted(tx, scope.organizationId, match, programmeName);
    });
  } catch (error) {
    // Two mentors accepting the same mentee at once: the partial unique index or a deadlock decides.
    const code = pgCode(error);
    if (code === "23505" || code === "40P01") throw new AppError("conflict", { message: "matches.errors.alreadyAnswered", cause: error });
    throw error;
  }
}

async function emailAccepted(tx: Tx, organizationId: string, match: { id: string; mentorEnrolmentId: string; menteeEnrolmentId: string }, programmeName: LocalizedText) {
  const people = await tx
    .select({ enrolmentId: enrolments.id, name: memberships.name, email: memberships.email, userLocale: users.locale })
    .from(enrolments)
    .innerJoin(memberships, eq(memberships.id, enrolments.membershipId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(enrolments.organizationId, organizationId), inArray(enrolments.id, [match.mentorEnrolmentId, match.menteeEnrolmentId])));
  const [organization] = await tx.select({ defaultLocale: organizations.defaultLocale }).from(organizations).where(eq(organizations.id, organizationId));
  const mentor = people.find((p) => p.enrolmentId === match.mentorEnrolmentId);
  const mentee = people.find((p) => p.enrolmentId === match.menteeEnrolmentId);
  if (!mentor || !mentee) return;
  for (const [reader, other, role] of [[mentor, mentee, "mentor"], [mentee, mentor, "mentee"]] as const) {
    const locale = isLocale(reader.userLocale) ? reader.userLocale : organization.defaultLocale;
    await enqueueEmail(tx, {
      template: "match-accepted",
      to: reader.email,
      locale,
      organizationId,
      idempotencyKey: `match-accepted:${match.id}:${role}`,
      props: { url: appLink("/matches"), programmeName: programmeName[locale], role, otherName: other.name },
    });
  }
}

/**
 * The mentor declines a request with a reason from the list and an optional private note (kept from the
 * mentee). requested → declined by compare-and-swap; in the same transaction the mentee is re-matched with
 * the best mentor still available, or the admins are told that no mentor is left (lib/mentoring/lost-request.ts).
 * `note` arrives parsed (declineMatchSchema): trimmed, within its limit, null when empty.
 */
export async function declineMatch(scope: MemberScope, matchId: string, reason: DeclineReason, note: string | null): Promise<void> {
  await withActor(scope, "matches.respond", async (tx) => {
    const { match } = await mentorsMatch(tx, scope, matchId);
    const at = now();
    const declined = await tx
      .update(matches)
      .set({ status: "declined", declineReason: reason, declineText: note, respondedAt: at })
      .where(and(eq(matches.id, match.id), eq(matches.organizationId, scope.organizationId), eq(matches.status, "requested")))
      .returning({ id: matches.id });
    if (declined.length === 0) throw new AppError("conflict", { message: "matches.errors.alreadyAnswered" });
    // The mentee does not wait for the next round: the best mentor still available gets the request.
    await replaceLostRequest(tx, scope.organizationId, match, "declined", at);
  });
}
