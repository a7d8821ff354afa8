// No "server-only": the worker reaches this through the mentoring sweep (lib/registry/job-handlers.ts).
import type { Tx } from "@/db/client";
import { matches } from "@/db/schema";
import { bestMentorFor } from "@/lib/mentoring/core/best-mentor";
import { enqueueMatchRequests } from "./match-request-email";
import { loadRoundInput, lockMentoringProgramme } from "./round-input";

const DAY_MS = 86_400_000;

export type RematchOutcome = { rematched: true; matchId: string } | { rematched: false; reason: string };

/**
 * After a mentor declines or lets the deadline pass (`at`: when that was noticed), the mentee is offered the best mentor still available, in the same transaction:
 * a new request in the same run with a fresh deadline and a match-request email to that mentor. Every other
 * pair stays as it is. The programme row is locked, so two declines re-match one after the other and never
 * hand out the same free place twice.
 */
export async function rematchAfterDecline(
  tx: Tx,
  organizationId: string,
  declined: { programmeId: string; runId: string | null; menteeEnrolmentId: string },
  at: Date,
): Promise<RematchOutcome> {
  const programme = await lockMentoringProgramme(tx, organizationId, declined.programmeId);
  const { input, settings } = await loadRoundInput(tx, organizationId, programme);
  const menteeMembershipId = [...input.menteeEnrolmentOf].find(([, enrolmentId]) => enrolmentId === declined.menteeEnrolmentId)?.[0];
  if (!menteeMembershipId) return { rematched: false, reason: "notEnrolled" };
  const best = bestMentorFor(input, settings.criteria, menteeMembershipId);
  if ("none" in best) return { rematched: false, reason: best.none };
  const deadline = new Date(at.getTime() + settings.responseDays * DAY_MS);
  const [match] = await tx
    .insert(matches)
    .values({
      organizationId,
      programmeId: declined.programmeId,
      runId: declined.runId,
      mentorEnrolmentId: input.mentorEnrolmentOf.get(best.mentorId) ?? "",
      menteeEnrolmentId: declined.menteeEnrolmentId,
      score: best.score,
      explanation: best.factors,
      status: "requested",
      requestDeadline: deadline,
    })
    .returning();
  await enqueueMatchRequests(tx, {
    organizationId,
    programmeName: programme.name,
    deadline,
    requested: [match],
    idempotencyKey: () => `match-request:rematch:${match.id}`,
  });
  return { rematched: true, matchId: match.id };
}
