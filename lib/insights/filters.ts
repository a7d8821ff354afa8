import { addDays, parsePlainDate, type PlainDate } from "@/lib/scheduling/time/local-date";
import { insightsQuerySchema } from "./schemas";

/** What the insights page, its export and its tests look at: one programme or all, one department or all, a period. */
export type InsightsFilters = {
  programmeId: string | null;
  department: string | null;
  /** First and last calendar day of the period (inclusive), in the organisation's time zone. */
  from: PlainDate;
  to: PlainDate;
};

/** The longest period the page draws month by month. */
export const MAX_MONTHS = 36;

function firstOfMonth(date: PlainDate, monthsBack: number): PlainDate {
  const { year, month } = parsePlainDate(date);
  const index = year * 12 + (month - 1) - monthsBack;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/**
 * Reads the filters from a query string. Without a period: the last twelve months, this one included.
 * A reversed period is turned round; one longer than MAX_MONTHS is cut at its start.
 */
export function parseInsightsFilters(query: Record<string, string | string[] | undefined>, today: PlainDate): InsightsFilters {
  const q = insightsQuerySchema.parse(query);
  let to = q.to ?? today;
  let from = q.from ?? firstOfMonth(to, 11);
  if (from > to) [from, to] = [to, from];
  const earliest = firstOfMonth(to, MAX_MONTHS - 1);
  if (from < earliest) from = earliest;
  return { programmeId: q.programme ?? null, department: q.department || null, from, to };
}

/** The health list's filters: the programme, the department, and the period's last day when one was chosen. */
export type NudgeFilters = { programmeId: string | null; department: string | null; until: PlainDate | null };

/**
 * The health list is about now, so of the period only its end counts: pairs and groups formed after it
 * are left out. Without a chosen end (the default period ends today) nothing is left out.
 */
export function nudgeFiltersOf(query: Record<string, string | string[] | undefined>): NudgeFilters {
  const q = insightsQuerySchema.parse(query);
  const until = q.from && q.to ? (q.from > q.to ? q.from : q.to) : (q.to ?? null);
  return { programmeId: q.programme ?? null, department: q.department || null, until };
}

/** The months of the period as "YYYY-MM", oldest first. */
export function monthsOf(filters: Pick<InsightsFilters, "from" | "to">): string[] {
  const months: string[] = [];
  for (let m = firstOfMonth(filters.from, 0); m <= filters.to; m = firstOfMonth(addDays(m, 31), 0)) months.push(m.slice(0, 7));
  return months;
}

/** The filters as a query string, for links that keep them (the export, the next page). */
export function filtersToQuery(filters: InsightsFilters): string {
  const params = new URLSearchParams();
  if (filters.programmeId) params.set("programme", filters.programmeId);
  if (filters.department) params.set("department", filters.department);
  params.set("from", filters.from);
  params.set("to", filters.to);
  return params.toString();
}
