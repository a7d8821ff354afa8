import { now } from "@/lib/clock";
import { purgeExpired } from "./purge";

/** Queue "maintenance.purge": the daily cron's tick carries no data. */
export async function handlePurge(): Promise<void> {
  const result = await purgeExpired(now());
  console.info(`[kring] purge: ${result.sessions} sessions, ${result.verificationTokens} sign-in links, ${result.rateLimits} rate-limit counters`);
}
