// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { now } from "@/lib/clock";
import type { JobContext } from "@/lib/jobs/job-types";
import { tickInstant } from "@/lib/jobs/tick-instant";
import { logger } from "@/lib/ops/logger";
import { sweepTracks } from "./sweep";

/** Queue "tracks.sweep": the cron's tick carries no data and the sweep reads the clock; a test's tick may carry its instant. */
export async function tracksSweepJob(job: JobContext): Promise<void> {
  const at = tickInstant(job.data);
  const result = await sweepTracks(at ?? now());
  if (at) logger().info({ event: "sweep", kind: "tracks", testClock: true, skewMs: at.getTime() - now().getTime(), ...result }, "learning tracks sweep");
  else if (result.reminded > 0) console.info(`[kring] learning tracks sweep: ${result.reminded} reminded`);
}
