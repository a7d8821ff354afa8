import { formatLocalTime, formatPlainDate, parseLocalTime, parsePlainDate, weekdayOf, type LocalTime, type PlainDate, type WeekdayKey } from "./local-date";

// Wall-clock time in an IANA zone, computed with Intl for each concrete instant, so that every
// daylight-saving rule the runtime knows applies on the right date.

export type ZonedParts = { date: PlainDate; time: LocalTime; hour: number; minute: number; weekday: WeekdayKey };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The date, time and weekday that a clock in `timeZone` shows at `instant`. */
export function toZoned(instant: Date, timeZone: string): ZonedParts {
  const c = wallClock(instant, timeZone);
  const date = formatPlainDate(c);
  return { date, time: formatLocalTime(c.hour, c.minute), hour: c.hour, minute: c.minute, weekday: weekdayOf(date) };
}

/** The zone's offset from UTC at `instant`, in minutes (Amsterdam in summer: 120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * The instant at which a clock in `timeZone` shows `date` `time`. Daylight-saving changes make some wall
 * times ambiguous (they happen twice: the earlier one is taken) and some impossible (the clock skips them:
 * the time is pushed forward by the gap, as calendar programs do).
 */
export function fromZoned(date: PlainDate, time: LocalTime, timeZone: string): Date {
  const { year, month, day } = parsePlainDate(date);
  const { hour, minute } = parseLocalTime(time);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day before and after span any single transition; one of them is right for this time.
  const offsetBefore = offsetMinutes(new Date(asUtc - DAY_MS), timeZone);
  const offsetAfter = offsetMinutes(new Date(asUtc + DAY_MS), timeZone);
  const candidates = [...new Set([offsetBefore, offsetAfter, offsetMinutes(new Date(asUtc), timeZone)])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => {
      const shown = toZoned(new Date(instant), timeZone);
      return shown.date === date && shown.time === time;
    });
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(asUtc - offsetBefore * 60_000);
}

/** Whether the wall time exists in the zone on that date (false inside a spring-forward gap). */
export function existsInZone(date: PlainDate, time: LocalTime, timeZone: string): boolean {
  const shown = toZoned(fromZoned(date, time, timeZone), timeZone);
  return shown.date === date && shown.time === time;
}
