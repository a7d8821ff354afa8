import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, matches, matchingRuns, type Match } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { checkPair, figuresOf, scored } from "@/lib/mentoring/core/propose";
import { lockMentoringProgramme, loadRoundInput, type RoundInput } from "./round-input";

/** The proposed run and its matches, locked: hand edits on one proposal happen one at a time. */
async function lockProposedRun(tx: Tx, organizationId: string, programmeId: string) {
  const [run] = await tx
    .select()
    .from(matchingRuns)
    .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.programmeId, programmeId), eq(matchingRuns.status, "proposed")))
    .for("update");
  if (!run) throw new AppError("conflict", { message: "mentoring.errors.notProposed" });
  const rows = await tx.select().from(matches).where(and(eq(matches.runId, run.id), eq(matches.organizationId, organizationId)));
  return { run, rows };
}

async function membershipsOf(tx: Tx, organizationId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: enrolments.id, membershipId: enrolments.membershipId }).from(enrolments).where(and(eq(enrolments.organizationId, organizationId), inArray(enrolments.id, ids)));
  return new Map(rows.map((row) => [row.id, row.membershipId]));
}

async function refreshFigures(tx: Tx, runId: string, round: RoundInput, unmatchedCount: number) {
  const rows = await tx.select({ score: matches.score }).from(matches).where(eq(matches.runId, runId));
  await tx.update(matchingRuns).set({ figures: figuresOf(rows, unmatchedCount, round.input) }).where(eq(matchingRuns.id, runId));
}

function findMatch(rows: Match[], matchId: string): Match {
  const match = rows.find((row) => row.id === matchId);
  if (!match) throw new AppError("not_found", { message: "mentoring.exclusion.notFound" });
  return match;
}

export async function setMatchPinned(scope: MemberScope, programmeId: string, matchId: string, pinned: boolean): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    await lockMentoringProgramme(tx, scope.organizationId, programmeId);
    const { rows } = await lockProposedRun(tx, scope.organizationId, programmeId);
    findMatch(rows, matchId);
    await tx.update(matches).set({ pinned }).where(and(eq(matches.id, matchId), eq(matches.status, "proposed")));
  });
}

/** Takes a pair out of the proposal: its mentee is listed as unmatched ("broken by hand"). */
export async function breakMatch(scope: MemberScope, programmeId: string, matchId: string): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockMentoringProgramme(tx, scope.organizationId, programmeId);
    const { run, rows } = await lockProposedRun(tx, scope.organizationId, programmeId);
    const match = findMatch(rows, matchId);
    await tx.delete(matches).where(and(eq(matches.id, match.id), eq(matches.status, "proposed")));
    const unmatched = [...run.unmatched, { menteeEnrolmentId: match.menteeEnrolmentId, reason: { code: "broken" } }];
    await tx.update(matchingRuns).set({ unmatched }).where(eq(matchingRuns.id, run.id));
    await refreshFigures(tx, run.id, await loadRoundInput(tx, scope.organizationId, programme), unmatched.length);
  });
}

/**
 * Gives each of two pairs the other's mentor. Both new pairs must pass every hard rule (shared language,
 * no reporting line, avoid lists, earlier pairs); the refusal names the first rule broken.
 */
export async function swapMentors(scope: MemberScope, programmeId: string, firstId: string, secondId: string): Promise<void> {
  if (firstId === secondId) throw new AppError("invalid", { message: "mentoring.errors.samePair" });
  await withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockMentoringProgramme(tx, scope.organizationId, programmeId);
    const { run, rows } = await lockProposedRun(tx, scope.organizationId, programmeId);
    const first = findMatch(rows, firstId);
    const second = findMatch(rows, secondId);
    const round = await loadRoundInput(tx, scope.organizationId, programme);
    const membership = await membershipsOf(tx, scope.organizationId, [first.mentorEnrolmentId, first.menteeEnrolmentId, second.mentorEnrolmentId, second.menteeEnrolmentId]);
    const loadOf = (mentorEnrolmentId: string) => rows.filter((row) => row.mentorEnrolmentId === mentorEnrolmentId).length;
    const swapped = [
      { match: first, mentorEnrolmentId: second.mentorEnrolmentId },
      { match: second, mentorEnrolmentId: first.mentorEnrolmentId },
    ];
    for (const { match, mentorEnrolmentId } of swapped) {
      const pair = { mentorId: membership.get(mentorEnrolmentId) ?? "", menteeId: membership.get(match.menteeEnrolmentId) ?? "" };
      // Each mentor gives up one mentee and takes one: their load is unchanged, so count one fewer.
      const refusal = checkPair(round.input, round.settings.criteria, pair, loadOf(mentorEnrolmentId) - 1);
      if (refusal) throw new AppError("conflict", { message: exclusionKey(refusal) });
      const mentor = round.input.mentors.find((m) => m.person.id === pair.mentorId)!;
      const mentee = round.input.mentees.find((m) => m.person.id === pair.menteeId)!;
      const { score, factors } = scored(mentor, mentee, round.settings.criteria);
      await tx
        .update(matches)
        .set({ mentorEnrolmentId, score, explanation: factors })
        .where(and(eq(matches.id, match.id), eq(matches.status, "proposed")));
    }
    await refreshFigures(tx, run.id, round, run.unmatched.length);
  });
}

function exclusionKey(refusal: NonNullable<ReturnType<typeof checkPair>>): string {
  if (refusal.code === "reportingLine") return `mentoring.exclusion.reportingLine.${refusal.relation}`;
  return refusal.code === "seniorityGapTooSmall" ? "mentoring.exclusion.seniorityGapRequired" : `mentoring.exclusion.${refusal.code}`;
}

/** The mentee's and the mentor's membership ids in the engine's input, from their enrolment ids. */
function personOf(map: ReadonlyMap<string, string>, enrolmentId: string): string | null {
  for (const [membershipId, id] of map) if (id === enrolmentId) return membershipId;
  return null;
}

/**
 * The mentors who may take an unmatched mentee by hand in the proposed run: every hard rule kept and room
 * under their capacity given the pairs the proposal holds. Used by the review page to offer the choice.
 */
export function handCandidates(round: RoundInput, rows: readonly Pick<Match, "mentorEnrolmentId">[], menteeEnrolmentId: string): string[] {
  const menteeId = personOf(round.input.menteeEnrolmentOf, menteeEnrolmentId);
  if (!menteeId) return [];
  return round.input.mentors
    .filter((mentor) => {
      const enrolmentId = round.input.mentorEnrolmentOf.get(mentor.person.id) ?? "";
      const load = rows.filter((row) => row.mentorEnrolmentId === enrolmentId).length;
      return checkPair(round.input, round.settings.criteria, { mentorId: mentor.person.id, menteeId }, load) === null;
    })
    .map((mentor) => round.input.mentorEnrolmentOf.get(mentor.person.id) ?? "");
}

/**
 * Pairs an unmatched mentee of the proposal with a mentor by hand: the same hard rules and capacity as a
 * swap, refused by name when one breaks; the new pair is scored and explained like the engine's.
 */
export async function pairByHand(scope: MemberScope, programmeId: string, menteeEnrolmentId: string, mentorEnrolmentId: string): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockMentoringProgramme(tx, scope.organizationId, programmeId);
    const { run, rows } = await lockProposedRun(tx, scope.organizationId, programmeId);
    if (!run.unmatched.some((entry) => entry.menteeEnrolmentId === menteeEnrolmentId)) throw new AppError("not_found", { message: "mentoring.exclusion.notFound" });
    const round = await loadRoundInput(tx, scope.organizationId, programme);
    const pair = { mentorId: personOf(round.input.mentorEnrolmentOf, mentorEnrolmentId) ?? "", menteeId: personOf(round.input.menteeEnrolmentOf, menteeEnrolmentId) ?? "" };
    const refusal = checkPair(round.input, round.settings.criteria, pair, rows.filter((row) => row.mentorEnrolmentId === mentorEnrolmentId).length);
    if (refusal) throw new AppError(refusal.code === "notFound" ? "not_found" : "conflict", { message: exclusionKey(refusal) });
    const mentor = round.input.mentors.find((m) => m.person.id === pair.mentorId)!;
    const mentee = round.input.mentees.find((m) => m.person.id === pair.menteeId)!;
    const { score, factors } = scored(mentor, mentee, round.settings.criteria);
    await tx.insert(matches).values({ organizationId: scope.organizationId, programmeId, runId: run.id, mentorEnrolmentId, menteeEnrolmentId, score, explanation: factors, pinned: false });
    const unmatched = run.unmatched.filter((entry) => entry.menteeEnrolmentId !== menteeEnrolmentId);
    await tx.update(matchingRuns).set({ unmatched }).where(eq(matchingRuns.id, run.id));
    await refreshFigures(tx, run.id, round, unmatched.length);
  });
}
