import type { Executor, Tx } from "@/db/client";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { nudgeFiltersOf, parseInsightsFilters } from "./filters";
import { readFigures } from "./read-figures";
import { readGuidedUsage } from "./read-guided-usage";
import { readInsightsOptions } from "./read-options";
import { readNudges } from "./read-nudges";
import { shapeFigures } from "./shape-figures";
import { shapeGuidedUsage } from "./shape-guided-usage";
import type { InsightsData } from "./types";

export type InsightsQuery = Record<string, string | string[] | undefined>;

/** The filters, the form's options and the figures (everything but the nudges): two queries and a setting. */
export async function readInsightsFigures(tx: Tx, organizationId: string, query: InsightsQuery, at: Date): Promise<Omit<InsightsData, "nudges">> {
  const options = await readInsightsOptions(tx, organizationId);
  const parsed = parseInsightsFilters(query, toZoned(at, options.timeZone).date);
  // A department under five people (or an unknown one) cannot be a filter: it would show those few people.
  const departmentRefused = parsed.department !== null && !options.departments.includes(parsed.department);
  // An unknown programme id shows nothing rather than everything.
  const filters = { ...parsed, department: departmentRefused ? null : parsed.department };
  const raw = await readFigures(tx, { organizationId, filters, timeZone: options.timeZone, now: at });
  const guided = await readGuidedUsage(tx, { organizationId, filters, timeZone: options.timeZone });
  return { filters, departmentRefused, options, figures: shapeFigures(raw, filters), guided: shapeGuidedUsage(guided, filters) };
}

/** The nudges under the query's filters (they are about now; of the period only its end counts). */
export function readInsightsNudges(tx: Executor, organizationId: string, query: InsightsQuery, at: Date) {
  return readNudges(tx, { organizationId, ...nudgeFiltersOf(query), now: at });
}

/**
 * Everything the insights page shows, in one transaction and a fixed number of queries whatever the
 * organisation's size. The caller has checked the actor (export-insights.ts). The nudges go first: the
 * figures' statement tunes the planner for the rest of the transaction.
 */
export async function readInsights(tx: Tx, organizationId: string, query: InsightsQuery, at: Date): Promise<InsightsData> {
  const nudges = await readInsightsNudges(tx, organizationId, query, at);
  return { ...(await readInsightsFigures(tx, organizationId, query, at)), nudges };
}
