// Calendar dates without a time or a zone ("2026-03-29"), the way a series or a holiday is written down.
// Arithmetic runs on UTC midnights, where every day has 24 hours, so adding days never drifts.

/** "YYYY-MM-DD". */
export type PlainDate = string;

export const weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateParts = { year: number; month: number; day: number };

export function parsePlainDate(value: PlainDate): DateParts {
  const match = PLAIN_DATE.exec(value);
  if (!match) throw new RangeError(`Not a date: "${value}"`);
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // A month or a day past its end ("2027-13-01", "2027-02-30") rolls over into the next: not a date.
  const midnight = toUtcMidnight(parts);
  if (formatPlainDate(parts) !== value || midnight.getUTCMonth() + 1 !== parts.month || midnight.getUTCDate() !== parts.day) throw new RangeError(`Not a date: "${value}"`);
  return parts;
}

export function isPlainDate(value: string): boolean {
  try {
    parsePlainDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatPlainDate({ year, month, day }: DateParts): PlainDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function toUtcMidnight({ year, month, day }: DateParts): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: PlainDate, days: number): PlainDate {
  const d = toUtcMidnight(parsePlainDate(date));
  d.setUTCDate(d.getUTCDate() + days);
  return formatPlainDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((toUtcMidnight(parsePlainDate(to)).getTime() - toUtcMidnight(parsePlainDate(from)).getTime()) / 86_400_000);
}

export function weekdayOf(date: PlainDate): WeekdayKey {
  // getUTCDay: 0 is Sunday; our keys start on Monday.
  return weekdayKeys[(toUtcMidnight(parsePlainDate(date)).getUTCDay() + 6) % 7];
}

/** The Monday of the week that holds `date` (weeks run Monday to Sunday, as in the Netherlands). */
export function mondayOf(date: PlainDate): PlainDate {
  return addDays(date, -weekdayKeys.indexOf(weekdayOf(date)));
}

/** "HH:MM" on a 24-hour clock. */
export type LocalTime = string;

export function parseLocalTime(value: LocalTime): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`Not a time: "${value}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function formatLocalTime(hour: number, minute: number): LocalTime {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
