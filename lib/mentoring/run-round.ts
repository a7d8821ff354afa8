import "server-only";
import { and, eq } from "drizzle-orm";
import { enrolments, matches, matchingRuns } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { proposePairs } from "@/lib/mentoring/core/propose";
import { lockMentoringProgramme, loadRoundInput } from "./round-input";

/**
 * An admin-run matching round: the engine's proposal is stored as a run with status "proposed" and tells
 * nobody anything. A new run supersedes the earlier proposal and keeps its pinned pairs (as fixed input
 * to the engine). The programme row is locked, so two admins pressing "run" get one proposal each in turn.
 */
export async function runMatchingRound(scope: MemberScope, programmeId: string): Promise<{ runId: string }> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockMentoringProgramme(tx, organizationId, programmeId);
    const round = await loadRoundInput(tx, organizationId, programme);
    const [previous] = await tx
      .select({ id: matchingRuns.id })
      .from(matchingRuns)
      .where(and(eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.programmeId, programmeId), eq(matchingRuns.status, "proposed")));
    let pins: Array<{ mentorId: string; menteeId: string }> = [];
    if (previous) {
      const pinned = await tx
        .select({ mentorEnrolmentId: matches.mentorEnrolmentId, menteeEnrolmentId: matches.menteeEnrolmentId })
        .from(matches)
        .where(and(eq(matches.runId, previous.id), eq(matches.organizationId, organizationId), eq(matches.pinned, true)));
      const membershipOf = new Map<string, string>();
      const rows = await tx.select({ id: enrolments.id, membershipId: enrolments.membershipId }).from(enrolments).where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programmeId, programmeId)));
      for (const row of rows) membershipOf.set(row.id, row.membershipId);
      pins = pinned.map((pin) => ({ mentorId: membershipOf.get(pin.mentorEnrolmentId) ?? "", menteeId: membershipOf.get(pin.menteeEnrolmentId) ?? "" }));
      await tx.update(matchingRuns).set({ status: "superseded" }).where(and(eq(matchingRuns.id, previous.id), eq(matchingRuns.status, "proposed")));
    }
    const proposal = proposePairs(round.input, round.settings.criteria, pins);
    const { mentorEnrolmentOf, menteeEnrolmentOf } = round.input;
    const [run] = await tx
      .insert(matchingRuns)
      .values({
        organizationId,
        programmeId,
        figures: proposal.figures,
        unmatched: proposal.unmatched.map((entry) => ({ menteeEnrolmentId: menteeEnrolmentOf.get(entry.menteeId) ?? "", reason: entry.reason })),
        createdByMembershipId: scope.actorMembershipId,
      })
      .returning({ id: matchingRuns.id });
    if (proposal.pairs.length > 0) {
      await tx.insert(matches).values(
        proposal.pairs.map((pair) => ({
          organizationId,
          programmeId,
          runId: run.id,
          mentorEnrolmentId: mentorEnrolmentOf.get(pair.mentorId) ?? "",
          menteeEnrolmentId: menteeEnrolmentOf.get(pair.menteeId) ?? "",
          score: pair.score,
          explanation: pair.factors,
          pinned: pair.pinned,
        })),
      );
    }
    return { runId: run.id };
  });
}
