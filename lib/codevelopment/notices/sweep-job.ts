// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { now } from "@/lib/clock";
import { sweepCodevelopment } from "./sweep";

/** Queue "codev.sweep": the cron's tick carries no data; the sweep reads the clock itself. */
export async function handleCodevSweep(): Promise<void> {
  const result = await sweepCodevelopment(now());
  const total = Object.values(result).reduce((sum, n) => sum + n, 0);
  if (total > 0) console.info(`[kring] co-development sweep: ${JSON.stringify(result)}`);
}
