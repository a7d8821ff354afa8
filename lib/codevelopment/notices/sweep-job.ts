// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { now } from "@/lib/clock";
import type { JobContext } from "@/lib/jobs/job-types";
import { tickInstant } from "@/lib/jobs/tick-instant";
import { logger } from "@/lib/ops/logger";
import { sweepCodevelopment } from "./sweep";

/** Queue "codev.sweep": the cron's tick carries no data and the sweep reads the clock; a test's tick may carry its instant. */
export async function codevSweepJob(job: JobContext): Promise<void> {
  const at = tickInstant(job.data);
  const result = await sweepCodevelopment(at ?? now());
  if (at) logger().info({ event: "sweep", kind: "codev", testClock: true, skewMs: at.getTime() - now().getTime(), ...result }, "co-development sweep");
  else {
    const total = Object.values(result).reduce((sum, n) => sum + n, 0);
    if (total > 0) console.info(`[kring] co-development sweep: ${JSON.stringify(result)}`);
  }
}
