import { now } from "@/lib/clock";
import type { JobContext } from "@/lib/jobs/job-types";
import { tickInstant } from "@/lib/jobs/tick-instant";
import { logger } from "@/lib/ops/logger";
import { sweepMentoring } from "./sweep";

/** Queue "mentoring.sweep": the cron's tick carries no data and the sweep reads the clock; a test's tick may carry its instant. */
export async function mentoringSweepJob(job: JobContext): Promise<void> {
  const at = tickInstant(job.data);
  const result = await sweepMentoring(at ?? now());
  if (at) logger().info({ event: "sweep", kind: "mentoring", testClock: true, skewMs: at.getTime() - now().getTime(), ...result }, "mentoring sweep");
  else if (result.expired + result.reminded + result.goalsDue > 0) {
    console.info(`[kring] mentoring sweep: ${result.expired} expired, ${result.reminded} reminded, ${result.goalsDue} goals due`);
  }
}
