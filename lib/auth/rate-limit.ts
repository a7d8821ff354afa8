import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { now } from "@/lib/clock";

export type RateLimitRule = { key: string; limit: number; windowSeconds: number };

/**
 * Counts one attempt against each rule in Postgres (shared by every app instance) and says whether all
 * rules still allow it. Counters are kept per fixed window, but the limit applies to this window and the
 * previous one together, so that a burst cannot double its allowance by straddling a window's edge. One
 * statement per rule: the count, and the previous window's beside it (SCIM counts every request this way).
 */
export async function hitRateLimits(rules: RateLimitRule[]): Promise<boolean> {
  const db = getDb();
  let allowed = true;
  for (const rule of rules) {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now().getTime() / windowMs) * windowMs);
    const previousStart = new Date(windowStart.getTime() - windowMs);
    const [recent] = await db.execute<{ total: number }>(sql`
      with hit as (
        insert into ${rateLimits} (key, window_start, count) values (${rule.key}, ${windowStart.toISOString()}::timestamptz, 1)
        on conflict (key, window_start) do update set count = ${rateLimits}.count + 1
        returning count
      )
      select ((select count from hit) + coalesce((select count from ${rateLimits} where key = ${rule.key} and window_start = ${previousStart.toISOString()}::timestamptz), 0))::int as total`);
    if (recent.total > rule.limit) allowed = false;
  }
  return allowed;
}
