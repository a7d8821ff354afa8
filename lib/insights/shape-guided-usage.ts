import { monthsOf, type InsightsFilters } from "./filters";
import { protectBreakdown, protectFigure } from "./privacy";
import type { RawGuidedUsage } from "./read-guided-usage";
import type { GuidedUsage } from "./types";

// Pure: the five-people rule (lib/insights/privacy.ts) over the guided conversations' and tracks' counts.

/**
 * A month whose conversations involve 1 to 4 people is hidden (a single 1-on-1 is about two people); the
 * share of pairs is hidden when the pairs are fewer than five people; a track's step whose "done" is
 * about 1 to 4 people shows "<5", and a track of fewer than five participants shows nothing at all.
 */
export function shapeGuidedUsage(raw: RawGuidedUsage, filters: InsightsFilters): GuidedUsage {
  const byMonth = new Map(raw.months.map((m) => [m.month, m]));
  const months = protectBreakdown(
    monthsOf(filters).map((month) => {
      const m = byMonth.get(month);
      return { key: month, people: m?.people ?? 0, values: { pair: m?.pair ?? 0, team: m?.team ?? 0 } };
    }),
    { mode: "hide", complementary: false },
  ).map((cell) => ({ month: cell.key, pair: cell.values?.pair ?? null, team: cell.values?.team ?? null, hidden: cell.hidden }));

  const { pairs } = raw;
  const pairShare = {
    rate: protectFigure(pairs.total > 0 ? pairs.withGuide / pairs.total : null, pairs.people),
    pairs: protectFigure(pairs.total, pairs.people),
  };

  const tracks = raw.tracks.map(({ programmeName, counts }) => {
    const participants = protectFigure(counts.participants, counts.participants);
    const steps = protectBreakdown(
      counts.steps.map((s) => ({ key: s.stepId, people: s.done, values: { done: s.done } })),
      { mode: "hide", complementary: false },
    );
    return {
      programmeId: counts.programmeId,
      programmeName,
      participants,
      steps: counts.steps.map((s, i) => {
        const hidden = participants.hidden || steps[i].hidden;
        return { number: s.number, kind: s.kind, title: s.title, done: hidden ? null : (steps[i].values?.done ?? 0), hidden };
      }),
    };
  });
  return { months, pairShare, tracks };
}
