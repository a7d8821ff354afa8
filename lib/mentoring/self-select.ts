import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { enrolments, matches, memberships, programmes } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { ScoreFactor } from "@/lib/matching";
import { topMentorsFor } from "@/lib/mentoring/core/best-mentor";
import { enqueueMatchRequests } from "./match-request-email";
import { loadRoundInput, lockMentoringProgramme } from "./round-input";
import { readMentoringSettings } from "@/lib/mentoring/core/criteria";

const DAY_MS = 86_400_000;
/** Programmes in which a mentee may choose: sign-up open, or matching and running after it closed. */
const choosingStatuses = ["open", "matching", "running"] as const;

export type MentorSuggestionView = { mentorEnrolmentId: string; name: string; department: string | null; topics: string[]; score: number; factors: ScoreFactor[] };

/** What the mentee sees in a self-select programme: three suggestions, or where their own request stands. */
export type SelfSelectView =
  | { state: "choose"; suggestions: MentorSuggestionView[] }
  | { state: "requested"; mentorName: string; deadline: Date | null }
  | { state: "accepted"; mentorName: string; matchId: string };

type Mentee = { enrolmentId: string; programmeId: string };

/** The actor's active mentee enrolment in a self-select programme that is open for choosing, or null. */
async function selfSelectingMentee(tx: Tx, scope: MemberScope, programmeId: string): Promise<Mentee | null> {
  const [row] = await tx
    .select({ enrolmentId: enrolments.id, settings: programmes.settings })
    .from(enrolments)
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .where(
      and(
        eq(enrolments.organizationId, scope.organizationId),
        eq(enrolments.programmeId, programmeId),
        eq(enrolments.membershipId, scope.actorMembershipId),
        eq(enrolments.role, "mentee"),
        eq(enrolments.status, "active"),
        eq(programmes.kind, "mentoring"),
        inArray(programmes.status, [...choosingStatuses]),
      ),
    )
    .limit(1);
  if (!row || !readMentoringSettings(row.settings).selfSelect) return null;
  return { enrolmentId: row.enrolmentId, programmeId };
}

async function liveMatchOf(tx: Tx, organizationId: string, mentee: Mentee) {
  const mentor = alias(memberships, "mentor");
  const [row] = await tx
    .select({ id: matches.id, status: matches.status, deadline: matches.requestDeadline, mentorName: mentor.name })
    .from(matches)
    .innerJoin(enrolments, eq(enrolments.id, matches.mentorEnrolmentId))
    .innerJoin(mentor, eq(mentor.id, enrolments.membershipId))
    .where(and(eq(matches.organizationId, organizationId), eq(matches.programmeId, mentee.programmeId), eq(matches.menteeEnrolmentId, mentee.enrolmentId), inArray(matches.status, ["requested", "accepted"])))
    .limit(1);
  return row ?? null;
}

async function suggestionsFor(tx: Tx, scope: MemberScope, programmeId: string): Promise<MentorSuggestionView[]> {
  const [programme] = await tx.select().from(programmes).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)));
  const { input, settings } = await loadRoundInput(tx, scope.organizationId, programme);
  const top = topMentorsFor(input, settings.criteria, scope.actorMembershipId);
  if (top.length === 0) return [];
  const people = await tx
    .select({ id: memberships.id, name: memberships.name, department: memberships.department, topics: memberships.topics })
    .from(memberships)
    .where(and(eq(memberships.organizationId, scope.organizationId), inArray(memberships.id, top.map((s) => s.mentorId))));
  const byId = new Map(people.map((p) => [p.id, p]));
  return top.flatMap((suggestion) => {
    const person = byId.get(suggestion.mentorId);
    const mentorEnrolmentId = input.mentorEnrolmentOf.get(suggestion.mentorId);
    if (!person || !mentorEnrolmentId) return [];
    return [{ mentorEnrolmentId, name: person.name, department: person.department, topics: person.topics, score: suggestion.score, factors: suggestion.factors }];
  });
}

/** The mentee's view of a self-select programme; null when the actor is not choosing there (any other case). */
export async function getSelfSelectView(scope: MemberScope, programmeId: string): Promise<SelfSelectView | null> {
  return withActor(scope, "programmes.view", async (tx) => {
    const mentee = await selfSelectingMentee(tx, scope, programmeId);
    if (!mentee) return null;
    const live = await liveMatchOf(tx, scope.organizationId, mentee);
    if (live?.status === "accepted") return { state: "accepted", mentorName: live.mentorName, matchId: live.id };
    if (live) return { state: "requested", mentorName: live.mentorName, deadline: live.deadline };
    return { state: "choose", suggestions: await suggestionsFor(tx, scope, programmeId) };
  });
}

/**
 * The mentee requests one of their suggestions. Under the programme's lock the suggestions are worked out
 * again from the live state, so a mentor who filled up or was chosen a moment ago cannot be requested past
 * the rules; the request gets the programme's deadline and the mentor a match-request email, in this
 * transaction. From here on the mentor answers as in a round (lib/mentoring/respond.ts).
 */
export async function requestMentor(scope: MemberScope, programmeId: string, mentorEnrolmentId: string): Promise<{ matchId: string }> {
  return withActor(scope, "programmes.view", async (tx) => {
    const programme = await lockMentoringProgramme(tx, scope.organizationId, programmeId);
    const mentee = await selfSelectingMentee(tx, scope, programmeId);
    if (!mentee) throw new AppError("not_found");
    if (await liveMatchOf(tx, scope.organizationId, mentee)) throw new AppError("conflict", { message: "mentoring.errors.alreadyRequested" });
    const suggestion = (await suggestionsFor(tx, scope, programmeId)).find((s) => s.mentorEnrolmentId === mentorEnrolmentId);
    if (!suggestion) throw new AppError("conflict", { message: "mentoring.errors.notSuggested" });
    const deadline = new Date(now().getTime() + readMentoringSettings(programme.settings).responseDays * DAY_MS);
    const [match] = await tx
      .insert(matches)
      .values({
        organizationId: scope.organizationId,
        programmeId,
        runId: null,
        mentorEnrolmentId,
        menteeEnrolmentId: mentee.enrolmentId,
        score: suggestion.score,
        explanation: suggestion.factors,
        status: "requested",
        requestDeadline: deadline,
      })
      .returning();
    await enqueueMatchRequests(tx, { organizationId: scope.organizationId, programmeName: programme.name, deadline, requested: [match], idempotencyKey: () => `match-request:self:${match.id}` });
    return { matchId: match.id };
  });
}
