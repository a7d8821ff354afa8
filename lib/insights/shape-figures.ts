import { monthsOf, type InsightsFilters } from "./filters";
import { OTHER, protectBreakdown, protectFigure } from "./privacy";
import type { RawFigures } from "./read-figures";
import { declineReasonKeys, funnelSteps, ladderLevels, type InsightsFigures, type LadderLevel } from "./types";

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Turns SQL's counts into what may be shown. Every breakdown and every figure goes through
 * lib/insights/privacy.ts: cells about 1 to 4 people are merged into "other" or hidden.
 */
export function shapeFigures(raw: RawFigures, filters: InsightsFilters): InsightsFigures {
  // Each funnel step counts people: a step of 1 to 4 is hidden, like any other cell.
  const funnel = protectBreakdown(
    funnelSteps.map((step) => ({ key: step, people: raw.funnel[step], values: { value: raw.funnel[step] } })),
    { mode: "hide", complementary: false },
  ).map((cell) => ({ step: cell.key as (typeof funnelSteps)[number], value: cell.values?.value ?? null, hidden: cell.hidden }));

  // Every month of the period, also the quiet ones; a month whose sessions involve 1 to 4 people is hidden.
  const byMonth = new Map(raw.months.map((m) => [m.month, m]));
  const months = protectBreakdown(
    monthsOf(filters).map((month) => {
      const m = byMonth.get(month);
      return { key: month, people: m?.people ?? 0, values: { planned: m?.planned ?? 0, held: m?.held ?? 0 } };
    }),
    { mode: "hide", complementary: false },
  ).map((cell) => ({ month: cell.key, planned: cell.values?.planned ?? null, held: cell.values?.held ?? null, hidden: cell.hidden }));

  const declines = protectBreakdown(
    declineReasonKeys
      .map((reason) => raw.declines.find((d) => d.reason === reason) ?? { reason, count: 0, people: 0 })
      .map((d) => ({ key: d.reason, people: d.people, values: { value: d.count } })),
    // A mentor who declined twice, for two reasons, is in two cells: merged cells count each mentor once.
    { mode: "merge", peopleOf: (keys) => raw.declineMentors.filter((m) => m.reasons.some((r) => keys.includes(r))).reduce((n, m) => n + m.people, 0) },
  ).map((cell) => ({ reason: cell.key, value: cell.values?.value ?? null, hidden: cell.hidden, merged: cell.mergedKeys }));

  return {
    funnel,
    months,
    attendanceRate: protectFigure(ratio(raw.attendance.attended, raw.attendance.total), raw.attendance.people),
    casesPresented: protectFigure(raw.cases.count, raw.cases.people),
    actions: { completed: protectFigure(raw.actions.done, raw.actions.people), total: protectFigure(raw.actions.total, raw.actions.people) },
    feedback: { mean: protectFigure(raw.feedback.mean, raw.feedback.people), responses: protectFigure(raw.feedback.responses, raw.feedback.people) },
    acceptance: { rate: protectFigure(ratio(raw.acceptance.accepted, raw.acceptance.answered), raw.acceptance.people), answered: protectFigure(raw.acceptance.answered, raw.acceptance.people) },
    declineReasons: declines,
    medianDaysToFirstSession: protectFigure(raw.medianDays, raw.medianPeople),
    ladder: shapeLadder(raw.ladder),
  };
}

/**
 * Departments of 1 to 4 people go into "other departments"; then, within each department, a level held by
 * 1 to 4 people is hidden.
 */
function shapeLadder(rows: RawFigures["ladder"]): InsightsFigures["ladder"] {
  const departments = new Map<string, Record<LadderLevel, number>>();
  for (const row of rows) {
    const levels = departments.get(row.department) ?? { signedUp: 0, takesPart: 0, contributes: 0, leads: 0 };
    levels[ladderLevels[row.level - 1]] += row.people;
    departments.set(row.department, levels);
  }
  // Departments are keyed "d:<name>", so that one really called "other" is not taken for the merged bucket.
  const prefix = "d:";
  const perDepartment = protectBreakdown(
    [...departments.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([department, levels]) => ({ key: prefix + department, people: ladderLevels.reduce((n, l) => n + levels[l], 0), values: levels })),
    // No total of departments is shown anywhere, so a hidden "other" needs no second hidden department.
    { mode: "merge", complementary: false },
  );
  return perDepartment.map((row) => {
    const department = row.key === OTHER ? OTHER : row.key.slice(prefix.length);
    const merged = row.mergedKeys.map((key) => key.slice(prefix.length));
    if (!row.values) return { department, levels: null, hidden: true, merged };
    const values = row.values;
    const cells = protectBreakdown(
      ladderLevels.map((level) => ({ key: level, people: values[level], values: { value: values[level] } })),
      { mode: "hide" },
    );
    const levels = Object.fromEntries(cells.map((c) => [c.key, c.values?.value ?? null])) as Record<LadderLevel, number | null>;
    return { department, levels, hidden: false, merged };
  });
}
