import { addDays, formatLocalTime, mondayOf, weekdayOf, type LocalTime, type PlainDate, type WeekdayKey } from "./local-date";
import { existsInZone, fromZoned, toZoned } from "./zoned-time";

/** A person's weekly availability: "mon-09" is the hour from 09:00 on Monday in their own zone. */
export type PersonAvailability = { id: string; timeZone: string; availability: readonly string[] };

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
 * Whether every hour of the person's own week that [start, end) touches is in their availability. The
 * hours are found in their zone at the concrete instants, so daylight-saving differences between their
 * zone and the reference zone (the weeks where the US and Europe have changed clocks and the other has
 * not) are counted right.
 */
export function canAttend(person: PersonAvailability, start: Date, end: Date, available = new Set(person.availability)): boolean {
  for (let t = start.getTime(); t < end.getTime(); ) {
    const shown = toZoned(new Date(t), person.timeZone);
    if (!available.has(`${shown.weekday}-${String(shown.hour).padStart(2, "0")}`)) return false;
    // On to the next hour of the person's clock (zones with half-hour offsets land mid-hour).
    t += (60 - shown.minute) * 60_000;
  }
  return true;
}

/**
 * The candidate slots of one week, best first: slots everyone can make, then by how many can make them,
 * then the earliest. Slots nobody can make are left out.
 */
export function rankSlots(query: SlotQuery): RankedSlot[] {
  const { referenceZone, durationMinutes, people } = query;
  const firstDay = mondayOf(query.weekStart);
  const sets = new Map(people.map((p) => [p.id, new Set(p.availability)]));
  const slots: RankedSlot[] = [];
  for (let dayIndex = 0; dayIndex < 7; dayIndex++) {
    const localDate = addDays(firstDay, dayIndex);
    for (const hour of query.startHours ?? DEFAULT_START_HOURS) {
      const localTime = formatLocalTime(hour, 0);
      // A start time the clock skips that day (spring forward) is no slot.
      if (!existsInZone(localDate, localTime, referenceZone)) continue;
      const startsAt = fromZoned(localDate, localTime, referenceZone);
      const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
      const available = people.filter((p) => canAttend(p, startsAt, endsAt, sets.get(p.id))).map((p) => p.id);
      if (available.length === 0) continue;
      const unavailable = people.filter((p) => !available.includes(p.id)).map((p) => p.id);
      slots.push({ startsAt, endsAt, localDate, localTime, weekday: weekdayOf(localDate), available, unavailable, everyone: unavailable.length === 0 });
    }
  }
  return slots.sort((a, b) => b.available.length - a.available.length || a.startsAt.getTime() - b.startsAt.getTime());
}
