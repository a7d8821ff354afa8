import { now, testClockAllowed } from "@/lib/clock";
import { sweepMentoring } from "@/lib/mentoring/sweep";
import { sweepCodevelopment } from "@/lib/codevelopment/notices/sweep";
import { handleMentoringSweep } from "@/lib/mentoring/sweep-job";
import { handleCodevSweep } from "@/lib/codevelopment/notices/sweep-job";
import { logger } from "@/lib/ops/logger";
import type { JobContext } from "./handlers";

/**
 * The instant a sweep job stands for. The cron's ticks carry no data and the sweep reads the clock. Where
 * the test clock may move (never on a real installation: lib/clock.ts), a tick may carry `{ at }`, so that a
 * test can let minutes of clock pass through the real workers, every tick on every worker, without waiting.
 */
export function tickInstant(data: unknown): Date | null {
  if (!testClockAllowed() || !data || typeof data !== "object") return null;
  const at = (data as { at?: unknown }).at;
  if (typeof at !== "string") return null;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export async function mentoringSweepJob(job: JobContext): Promise<void> {
  const at = tickInstant(job.data);
  if (!at) return handleMentoringSweep();
  const result = await sweepMentoring(at);
  logger().info({ event: "sweep", kind: "mentoring", testClock: true, skewMs: at.getTime() - now().getTime(), ...result }, "mentoring sweep");
}

export async function codevSweepJob(job: JobContext): Promise<void> {
  const at = tickInstant(job.data);
  if (!at) return handleCodevSweep();
  const result = await sweepCodevelopment(at);
  logger().info({ event: "sweep", kind: "codev", testClock: true, skewMs: at.getTime() - now().getTime(), ...result }, "co-development sweep");
}
