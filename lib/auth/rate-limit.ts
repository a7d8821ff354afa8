import { and, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { now } from "@/lib/clock";

export type RateLimitRule = { key: string; limit: number; windowSeconds: number };

/**
 * Counts one attempt against each rule in Postgres (shared by every app instance) and says whether all
 * rules still allow it. Counters are kept per fixed window, but the limit applies to this window and the
 * previous one together, so that a burst cannot double its allowance by straddling a window's edge.
 */
export async function hitRateLimits(rules: RateLimitRule[]): Promise<boolean> {
  const db = getDb();
  let allowed = true;
  for (const rule of rules) {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now().getTime() / windowMs) * windowMs);
    await db
      .insert(rateLimits)
      .values({ key: rule.key, windowStart, count: 1 })
      .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } });
    const [recent] = await db
      .select({ total: sql<number>`coalesce(sum(${rateLimits.count}), 0)::int` })
      .from(rateLimits)
      .where(and(eq(rateLimits.key, rule.key), gte(rateLimits.windowStart, new Date(windowStart.getTime() - windowMs))));
    if (recent.total > rule.limit) allowed = false;
  }
  return allowed;
}
