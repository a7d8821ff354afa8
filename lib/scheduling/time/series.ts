import { addDays, daysBetween, type LocalTime, type PlainDate } from "./local-date";
import { fromZoned, toZoned } from "./zoned-time";

/** The limits a series keeps; the form, the data layer and the database check all share them. */
export const seriesLimits = { minCadenceWeeks: 1, maxCadenceWeeks: 6, minCount: 1, maxCount: 52, minDuration: 15, maxDuration: 480 } as const;

export type SeriesPlan = {
  /** The series' IANA zone: the start time is a wall-clock time there. */
  timeZone: string;
  firstDate: PlainDate;
  startTime: LocalTime;
  durationMinutes: number;
  cadenceWeeks: number;
  count: number;
  /** Holidays and other dates on which the series does not meet; the next cadence date takes over. */
  skipDates: readonly PlainDate[];
};

export type PlannedSession = { index: number; localDate: PlainDate; startsAt: Date; endsAt: Date };

/**
 * Every session of a series, each computed on its own date in the series' zone, so that 19:00 stays 19:00
 * when daylight saving starts or ends between two sessions (the UTC instant moves instead).
 */
export function expandSeries(plan: SeriesPlan): PlannedSession[] {
  const { cadenceWeeks, count } = plan;
  if (!Number.isInteger(cadenceWeeks) || cadenceWeeks < seriesLimits.minCadenceWeeks || cadenceWeeks > seriesLimits.maxCadenceWeeks) {
    throw new RangeError(`cadenceWeeks must be ${seriesLimits.minCadenceWeeks}-${seriesLimits.maxCadenceWeeks}`);
  }
  if (!Number.isInteger(count) || count < seriesLimits.minCount || count > seriesLimits.maxCount) {
    throw new RangeError(`count must be ${seriesLimits.minCount}-${seriesLimits.maxCount}`);
  }
  const skipped = new Set(plan.skipDates);
  const sessions: PlannedSession[] = [];
  // Each skipped date costs one extra step; more steps than that cannot be needed.
  for (let step = 0, date = plan.firstDate; sessions.length < count && step <= count + skipped.size; step++, date = addDays(date, 7 * cadenceWeeks)) {
    if (skipped.has(date)) continue;
    const startsAt = fromZoned(date, plan.startTime, plan.timeZone);
    sessions.push({ index: sessions.length, localDate: date, startsAt, endsAt: new Date(startsAt.getTime() + plan.durationMinutes * 60_000) });
  }
  return sessions;
}

/**
 * Where a session lands when the one at `from` moves to `to` and the ones after it follow: each keeps its
 * own date shifted by the same number of days, at the new wall-clock time in the series' zone.
 */
export function followMove(sessionStart: Date, from: Date, to: Date, timeZone: string): Date {
  const dayShift = daysBetween(toZoned(from, timeZone).date, toZoned(to, timeZone).date);
  const localDate = addDays(toZoned(sessionStart, timeZone).date, dayShift);
  return fromZoned(localDate, toZoned(to, timeZone).time, timeZone);
}
