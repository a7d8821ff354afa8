import { addDays, formatLocalTime, type PlainDate } from "./local-date";
import { existsInZone, fromZoned, toZoned } from "./zoned-time";

// The one computation of the time two or more people have in common. The matching explanation ("4 free
// hours in common"), the pair space's proposed times and the planners all call `commonStarts`, over the
// same horizon, so that what a pair is told at matching is what their space offers them.
//
// Availability is a weekly grid in each person's own zone ("mon-09" is 09:00–10:00 on their Monday).
// Candidates are whole hours on the reference zone's clock, checked at their concrete instants in each
// person's zone: weeks where only one side of the Atlantic has changed its clocks come out right.

/** A person's weekly availability: "mon-09" is the hour from 09:00 on Monday in their own zone. */
export type PersonAvailability = { id: string; timeZone: string; availability: readonly string[] };

/** How far ahead common time is looked for: two weeks, so that one odd week (daylight saving) shows. */
export const COMMON_TIME_DAYS = 14;
/** A meeting is proposed no sooner than this from now. */
export const COMMON_TIME_NOTICE_MS = 2 * 60 * 60 * 1000;

export type CommonTimeWindow = { from: Date; until: Date };

/** The horizon from `at`: starts from `at` plus the notice, up to `days` days after `at`. */
export function commonTimeWindow(at: Date, days = COMMON_TIME_DAYS): CommonTimeWindow {
  return { from: new Date(at.getTime() + COMMON_TIME_NOTICE_MS), until: new Date(at.getTime() + days * 86_400_000) };
}

export type CommonTimeQuery = {
  people: readonly PersonAvailability[];
  /** The clock whose whole hours are the candidate starts (the organisation's zone). */
  referenceZone: string;
  window: CommonTimeWindow;
  durationMinutes: number;
  /** Start hours on the reference clock worth looking at; every hour of the day by default. */
  startHours?: readonly number[];
};

export type CommonStart = { startsAt: Date; endsAt: Date; available: string[]; unavailable: string[]; everyone: boolean };

const ALL_HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The candidate starts of the window: whole hours on the reference clock, in time order. */
function gridStarts(referenceZone: string, window: CommonTimeWindow, startHours: readonly number[] = ALL_HOURS): Date[] {
  const out: Date[] = [];
  const lastDay: PlainDate = toZoned(window.until, referenceZone).date;
  for (let date = toZoned(window.from, referenceZone).date; date <= lastDay; date = addDays(date, 1)) {
    for (const hour of startHours) {
      const time = formatLocalTime(hour, 0);
      // A start the clock skips that day (spring forward) is no start.
      if (!existsInZone(date, time, referenceZone)) continue;
      const startsAt = fromZoned(date, time, referenceZone);
      if (startsAt >= window.from && startsAt <= window.until) out.push(startsAt);
    }
  }
  return out.sort((a, b) => a.getTime() - b.getTime());
}

/**
 * For each start, the weekly slots ("mon-09") of a clock in `timeZone` that [start, start + duration)
 * touches. People share zones, so this is worked out once per zone rather than once per person.
 */
function touchedSlotsByZone(starts: readonly Date[], durationMinutes: number) {
  const byZone = new Map<string, string[][]>();
  return (timeZone: string): string[][] => {
    let touched = byZone.get(timeZone);
    if (!touched) {
      touched = starts.map((start) => {
        const keys: string[] = [];
        const end = start.getTime() + durationMinutes * 60_000;
        for (let t = start.getTime(); t < end; ) {
          const shown = toZoned(new Date(t), timeZone);
          keys.push(`${shown.weekday}-${String(shown.hour).padStart(2, "0")}`);
          // On to the next hour of that clock (zones with half-hour offsets land mid-hour).
          t += (60 - shown.minute) * 60_000;
        }
        return keys;
      });
      byZone.set(timeZone, touched);
    }
    return touched;
  };
}

/** Every candidate start in the window (on the hour, reference clock) that someone can make, with who, in time order. */
export function candidateStarts(query: CommonTimeQuery): CommonStart[] {
  const { people, window, durationMinutes } = query;
  const starts = gridStarts(query.referenceZone, window, query.startHours);
  const touched = touchedSlotsByZone(starts, durationMinutes);
  const fits = people.map((p) => {
    const set = new Set(p.availability);
    return touched(p.timeZone).map((keys) => keys.every((key) => set.has(key)));
  });
  const out: CommonStart[] = [];
  starts.forEach((startsAt, index) => {
    const available = people.filter((_, i) => fits[i][index]).map((p) => p.id);
    if (available.length === 0) return;
    const unavailable = people.filter((_, i) => !fits[i][index]).map((p) => p.id);
    out.push({ startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000), available, unavailable, everyone: unavailable.length === 0 });
  });
  return out;
}

/** The starts in the window that everyone can make, earliest first; none when someone gave no availability. */
export function commonStarts(query: CommonTimeQuery): Date[] {
  if (query.people.length === 0 || query.people.some((p) => p.availability.length === 0)) return [];
  return candidateStarts(query)
    .filter((s) => s.everyone)
    .map((s) => s.startsAt);
}

/**
 * Each person's free hours in the window as comparable keys (the instant of each start), for code that
 * intersects sets two at a time, such as the matching engine's shared-availability score: the intersection
 * of two people's keys is exactly `commonStarts` of the two.
 */
export function freeHourKeys(people: readonly PersonAvailability[], referenceZone: string, window: CommonTimeWindow, durationMinutes = 60): Map<string, string[]> {
  const starts = gridStarts(referenceZone, window);
  const touched = touchedSlotsByZone(starts, durationMinutes);
  return new Map(
    people.map((p) => {
      const set = new Set(p.availability);
      const fits = touched(p.timeZone);
      return [p.id, starts.filter((_, i) => fits[i].every((key) => set.has(key))).map((s) => s.toISOString())];
    }),
  );
}
