import { addDays, formatLocalTime, mondayOf, weekdayKeys, weekdayOf, type PlainDate, type WeekdayKey } from "@/lib/scheduling/time/local-date";
import { candidateStarts } from "@/lib/scheduling/time/common-time";
import { fromZoned, toZoned } from "@/lib/scheduling/time/zoned-time";

// A group's weekly slot ("mon-09") is a start hour in the organisation's time zone at which every member
// can attend a whole session. Profiles keep availability in each member's own zone; this moves it over.

const SLOT = /^(mon|tue|wed|thu|fri|sat|sun)-([01]\d|2[0-3])$/;

export type ParsedSlot = { weekday: WeekdayKey; hour: number };

export function parseSlot(slot: string): ParsedSlot | null {
  const match = SLOT.exec(slot);
  return match ? { weekday: match[1] as WeekdayKey, hour: Number(match[2]) } : null;
}

const keyOf = (weekday: WeekdayKey, hour: number) => `${weekday}-${String(hour).padStart(2, "0")}`;

/** "09:00" for "mon-09". */
export function slotTime(slot: string): string {
  const parsed = parseSlot(slot);
  return parsed ? formatLocalTime(parsed.hour, 0) : slot;
}

export type SlotPerson = { availability: readonly string[]; timeZone: string };
export type SessionSlotOptions = { referenceZone: string; durationMinutes: number; at: Date };

/**
 * The start hours (as slot keys in the reference zone) at which the person can attend a whole session.
 * Someone in the reference zone needs each hour the session touches; someone elsewhere is checked at the
 * concrete instants of the week of `at`, so offsets (and half-hour zones) come out right for that week.
 */
export function sessionSlots(person: SlotPerson, { referenceZone, durationMinutes, at }: SessionSlotOptions): string[] {
  const available = new Set(person.availability.filter((slot) => SLOT.test(slot)));
  if (available.size === 0) return [];
  const hours = Math.max(1, Math.ceil(durationMinutes / 60));
  if (person.timeZone === referenceZone) {
    return [...available].filter((slot) => {
      const { weekday, hour } = parseSlot(slot)!;
      for (let k = 1; k < hours; k++) {
        const day = (weekdayKeys.indexOf(weekday) + Math.floor((hour + k) / 24)) % 7;
        if (!available.has(keyOf(weekdayKeys[day], (hour + k) % 24))) return false;
      }
      return true;
    });
  }
  // The week of `at` on the reference clock, through the shared computation of common time.
  const monday = mondayOf(toZoned(at, referenceZone).date);
  const window = { from: fromZoned(monday, "00:00", referenceZone), until: new Date(fromZoned(addDays(monday, 7), "00:00", referenceZone).getTime() - 1) };
  return candidateStarts({ people: [{ id: "", timeZone: person.timeZone, availability: [...available] }], referenceZone, window, durationMinutes }).map((start) => {
    const shown = toZoned(start.startsAt, referenceZone);
    return keyOf(shown.weekday, shown.hour);
  });
}

/**
 * The date of the first session: the first `slot` (weekday and hour in `timeZone`) at or after `from`.
 * Returns the local date; the caller plans the series from it in the same zone.
 */
export function firstSlotDate(slot: string, timeZone: string, from: Date): PlainDate {
  const parsed = parseSlot(slot);
  if (!parsed) throw new RangeError(`Not a slot: "${slot}"`);
  const startDate = toZoned(from, timeZone).date;
  // Within eight days the weekday comes round once or twice; the second time when the hour has passed today.
  for (let day = 0; day <= 7; day++) {
    const date = addDays(startDate, day);
    if (weekdayOf(date) === parsed.weekday && fromZoned(date, formatLocalTime(parsed.hour, 0), timeZone).getTime() >= from.getTime()) return date;
  }
  throw new RangeError("unreachable: every weekday occurs within eight days");
}
