import "server-only";
import { and, eq } from "drizzle-orm";
import { matches, matchingRuns } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { markProgrammeRunning } from "@/lib/programmes/status";
import { announcePairsPublished } from "@/lib/chat/programme-news";
import { enqueueMatchRequests } from "./match-request-email";
import { lockMentoringProgramme } from "./round-input";
import { readMentoringSettings } from "@/lib/mentoring/core/criteria";

const DAY_MS = 86_400_000;

/**
 * Publishes the proposal: the run moves proposed → published only once (compare-and-swap), every pair
 * becomes a request with a deadline, and each mentor gets one email, written in this same transaction
 * (SECURITY.md rule 12) in the mentor's language. Before this, nobody has been told anything.
 */
export async function publishRun(scope: MemberScope, programmeId: string, runId: string): Promise<{ requested: number }> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockMentoringProgramme(tx, organizationId, programmeId);
    const published = await tx
      .update(matchingRuns)
      .set({ status: "published", publishedAt: now() })
      .where(and(eq(matchingRuns.id, runId), eq(matchingRuns.organizationId, organizationId), eq(matchingRuns.programmeId, programmeId), eq(matchingRuns.status, "proposed")))
      .returning({ id: matchingRuns.id });
    if (published.length === 0) throw new AppError("conflict", { message: "mentoring.errors.notProposed" });
    await markProgrammeRunning(tx, scope, programmeId);
    const { responseDays } = readMentoringSettings(programme.settings);
    const deadline = new Date(now().getTime() + responseDays * DAY_MS);
    const requested = await tx
      .update(matches)
      .set({ status: "requested", requestDeadline: deadline })
      .where(and(eq(matches.runId, runId), eq(matches.organizationId, organizationId), eq(matches.status, "proposed")))
      .returning();
    await enqueueMatchRequests(tx, {
      organizationId,
      programmeName: programme.name,
      deadline,
      requested,
      idempotencyKey: (mentorId) => `match-request:${runId}:${mentorId}`,
    });
    // The organisation's channel hears how many mentors were asked, never who.
    await announcePairsPublished(tx, { organizationId, programmeId, runId, pairs: requested.length });
    return { requested: requested.length };
  });
}
