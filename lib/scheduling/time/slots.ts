import { candidateStarts, type PersonAvailability } from "./common-time";
import { addDays, mondayOf, weekdayOf, type LocalTime, type PlainDate, type WeekdayKey } from "./local-date";
import { fromZoned, toZoned } from "./zoned-time";

export type { PersonAvailability };

export type SlotQuery = {
  /** The zone the slots are expressed in: the pair's or group's zone. */
  referenceZone: string;
  /** Any date of the week to look at; the week runs Monday to Sunday in the reference zone. */
  weekStart: PlainDate;
  durationMinutes: number;
  people: readonly PersonAvailability[];
  /** Start hours in the reference zone worth proposing; by default office and early-evening hours. */
  startHours?: readonly number[];
};

export type RankedSlot = {
  startsAt: Date;
  endsAt: Date;
  localDate: PlainDate;
  localTime: LocalTime;
  weekday: WeekdayKey;
  /** Ids of the people who can make it, and of those who cannot, in the order they were given. */
  available: string[];
  unavailable: string[];
  everyone: boolean;
};

const DEFAULT_START_HOURS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

/**
 * The candidate slots of one week, best first: slots everyone can make, then by how many can make them,
 * then the earliest. Slots nobody can make are left out. The week is a window of the shared computation
 * of common time (./common-time.ts), so the planner and the pair space count the same hours.
 */
export function rankSlots(query: SlotQuery): RankedSlot[] {
  const { referenceZone } = query;
  const firstDay = mondayOf(query.weekStart);
  // The week on the reference clock: Monday 00:00 up to (not including) the next Monday 00:00.
  const window = { from: fromZoned(firstDay, "00:00", referenceZone), until: new Date(fromZoned(addDays(firstDay, 7), "00:00", referenceZone).getTime() - 1) };
  const starts = candidateStarts({ people: query.people, referenceZone, window, durationMinutes: query.durationMinutes, startHours: query.startHours ?? DEFAULT_START_HOURS });
  const slots = starts.map((s) => {
    const shown = toZoned(s.startsAt, referenceZone);
    return { ...s, localDate: shown.date, localTime: shown.time, weekday: weekdayOf(shown.date) };
  });
  return slots.sort((a, b) => b.available.length - a.available.length || a.startsAt.getTime() - b.startsAt.getTime());
}
