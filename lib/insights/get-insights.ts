import "server-only";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { readInsightsFigures, readInsightsNudges, type InsightsQuery } from "./read-insights";
import type { InsightsData } from "./types";

/**
 * The insights page's data, for admins of the scope's organisation only. The figures and the nudges are
 * read side by side, each in its own transaction that re-reads the actor's role: the page waits for the
 * slower of the two, not for both.
 */
export async function getInsights(scope: MemberScope, query: InsightsQuery, options: { now?: Date } = {}): Promise<InsightsData> {
  const at = options.now ?? now();
  const [figures, nudges] = await Promise.all([
    withActor(scope, "insights.view", (tx) => readInsightsFigures(tx, scope.organizationId, query, at)),
    withActor(scope, "insights.view", (tx) => readInsightsNudges(tx, scope.organizationId, query, at)),
  ]);
  return { ...figures, nudges };
}
