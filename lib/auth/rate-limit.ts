import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { now } from "@/lib/clock";

export type RateLimitRule = { key: string; limit: number; windowSeconds: number };

/**
 * Counts one attempt against each rule in Postgres (shared by every app instance) and says whether all
 * rules still allow it. A fixed window: the counter row is (key, start of the window).
 */
export async function hitRateLimits(rules: RateLimitRule[]): Promise<boolean> {
  const db = getDb();
  let allowed = true;
  for (const rule of rules) {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now().getTime() / windowMs) * windowMs);
    const [row] = await db
      .insert(rateLimits)
      .values({ key: rule.key, windowStart, count: 1 })
      .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
      .returning({ count: rateLimits.count });
    if (row.count > rule.limit) allowed = false;
  }
  return allowed;
}
