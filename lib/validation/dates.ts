import { z } from "zod";
import { isPlainDate, type PlainDate } from "@/lib/scheduling/time/local-date";

// Calendar days that Kring can work with. The date code writes four-digit years ("YYYY-MM-DD"), so a day
// near 9999-12-31 overflows into year 10000 as soon as a month or a day is added and ends in a RangeError;
// no programme, goal or filter of a mentoring platform lies outside these years, so anything outside is a
// typo (20266) or a probe, refused or ignored at the boundary.
export const DATE_RANGE = { min: "2000-01-01", max: "2100-12-31" } as const;

export function isDateInRange(value: string): value is PlainDate {
  return isPlainDate(value) && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
}

/** A form's calendar day ("YYYY-MM-DD") within DATE_RANGE; `error` is the field's message key. */
export function plainDateField(error: string) {
  return z.string().refine(isDateInRange, { error });
}
