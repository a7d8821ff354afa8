import { addDays, type PlainDate } from "@/lib/scheduling/time/local-date";
import { fromZoned, toZoned } from "@/lib/scheduling/time/zoned-time";

// The sign-up window: the admin picks dates; they mean whole days in the organisation's time zone, from the
// start of the first day to the end of the last.

export type SignupWindow = { opensAt: Date | null; closesAt: Date | null };

export function windowFromDates(opens: PlainDate, closes: PlainDate, timeZone: string): { opensAt: Date; closesAt: Date } {
  return { opensAt: fromZoned(opens, "00:00", timeZone), closesAt: fromZoned(addDays(closes, 1), "00:00", timeZone) };
}

export function datesFromWindow(window: SignupWindow, timeZone: string): { opens: PlainDate | null; closes: PlainDate | null } {
  return {
    opens: window.opensAt ? toZoned(window.opensAt, timeZone).date : null,
    // closesAt is the first instant after the last day.
    closes: window.closesAt ? toZoned(new Date(window.closesAt.getTime() - 1), timeZone).date : null,
  };
}

/** Sign-up is open when the admin opened it and `at` falls inside the window (a missing bound is no bound). */
export function isSignupOpen(programme: SignupWindow & { status: string }, at: Date): boolean {
  if (programme.status !== "open") return false;
  if (programme.opensAt && at < programme.opensAt) return false;
  if (programme.closesAt && at >= programme.closesAt) return false;
  return true;
}
