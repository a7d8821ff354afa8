import { now } from "@/lib/clock";
import { sendInsightsDigests } from "./digest";

/** Queue "insights.digest": the weekly cron's tick carries no data; the digest reads the clock itself. */
export async function handleInsightsDigest(): Promise<void> {
  const result = await sendInsightsDigests(now());
  if (result.emails > 0) console.info(`[kring] insights digest: ${result.emails} emails for ${result.organizations} organisations`);
}
