import { z } from "zod";
import { isDateInRange } from "./dates";
import { singleLineText } from "./text";

// The one way pages and route handlers read a query string (?q=, ?to=, ?from=, ?page=). A query string is
// typed into an address bar as often as it comes from a form, so a value that does not parse — a NUL
// byte (%00) that PostgreSQL would refuse, a date in year 9999, a second copy of the parameter — is
// treated as absent: the page still renders, with its default, instead of failing.

/** `?a=1&a=2` arrives as ["1", "2"]: the first one counts. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Free text (a search, a filter): trimmed, at most `max` characters, no control characters; else absent. */
export function queryText(max: number) {
  return z.preprocess(first, singleLineText().max(max).optional()).catch(undefined);
}

/** A calendar day within DATE_RANGE; else absent. */
export function queryDate() {
  return z.preprocess(first, z.string().refine(isDateInRange).optional()).catch(undefined);
}

/** A uuid (a programme filter); else absent. */
export function queryUuid() {
  return z.preprocess(first, z.uuid().optional()).catch(undefined);
}

/** A page number from 1 to `max`; else absent (the first page). */
export function queryPage(max: number) {
  return z.preprocess(first, z.coerce.number().int().min(1).max(max).optional()).catch(undefined);
}
