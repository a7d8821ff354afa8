import { z } from "zod";
import { isSupportedTimeZone } from "@/lib/profiles/time-zones";
import { plainDateField } from "@/lib/validation/dates";
import { noControlCharacters, singleLineText } from "@/lib/validation/text";
import { seriesLimits } from "@/lib/scheduling/time/series";

// Scheduling's inputs, validated once at the boundary (lib/auth/action.ts) and handed to lib/scheduling
// typed: a new series, the planner's participant search and slot proposal, moving and cancelling a session,
// the private calendar link. Messages are keys under "scheduling.errors" (the action wrapper strips the
// "errors." prefix). No server-only import: the planner in the browser reads the limits.

export const PARTICIPANTS_MIN = 2;
export const PARTICIPANTS_MAX = 8;

const asString = (value: unknown) => (typeof value === "string" ? value : "");
const asArray = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const integer = (min: number, max: number, error: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), z.number({ error }).int({ error }).min(min, { error }).max(max, { error }));

/** Holidays typed as "2026-04-06, 2026-05-05" (commas, spaces or new lines between them). */
const skipDates = z.preprocess(
  (v) => (Array.isArray(v) ? v : asString(v).split(/[\s,;]+/).filter(Boolean)),
  z.array(plainDateField("errors.skipDates")).max(60, { error: "errors.skipDates" }),
).transform((dates) => [...new Set(dates)].sort());

export const createSeriesSchema = z.object({
  title: z.preprocess(asString, singleLineText().min(1, { error: "errors.titleRequired" }).max(120, { error: "errors.tooLong" })),
  membershipIds: z.preprocess(
    asArray,
    z.array(z.uuid({ error: "errors.participants" })).transform((ids) => [...new Set(ids)]).pipe(
      z.array(z.string()).min(PARTICIPANTS_MIN, { error: "errors.participants" }).max(PARTICIPANTS_MAX, { error: "errors.participants" }),
    ),
  ),
  timeZone: z.preprocess(asString, z.string().refine(isSupportedTimeZone, { error: "errors.timeZone" })),
  firstDate: z.preprocess(asString, plainDateField("errors.firstDate")),
  startTime: z.preprocess(asString, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "errors.startTime" })),
  durationMinutes: integer(seriesLimits.minDuration, seriesLimits.maxDuration, "errors.duration"),
  cadenceWeeks: integer(seriesLimits.minCadenceWeeks, seriesLimits.maxCadenceWeeks, "errors.cadence"),
  count: integer(seriesLimits.minCount, seriesLimits.maxCount, "errors.count"),
  place: z.preprocess(asString, singleLineText().max(300, { error: "errors.tooLong" })).transform((v) => v || null),
  videoUrl: z.preprocess(
    asString,
    z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "errors.videoUrl" }).max(500, { error: "errors.tooLong" }).check(noControlCharacters())]),
  ).transform((v) => v || null),
  skipDates,
});

export type CreateSeriesInput = z.infer<typeof createSeriesSchema>;

/** The planner's participant search: who is typed, at least two characters. */
export const memberSearchSchema = singleLineText().min(2).max(80);

/** The slot picker's question: these people, this week, this long, on this clock. */
export const proposeSlotsSchema = z.object({
  membershipIds: z.array(z.uuid()).min(PARTICIPANTS_MIN).max(PARTICIPANTS_MAX),
  weekStart: plainDateField("errors.firstDate"),
  durationMinutes: z.int().min(seriesLimits.minDuration).max(seriesLimits.maxDuration),
  timeZone: z.string().refine(isSupportedTimeZone),
});

export const cancelSessionSchema = z.object({ sessionId: z.uuid({ error: "errors.invalid" }) });

export const moveSessionSchema = z.object({
  sessionId: z.uuid({ error: "errors.invalid" }),
  date: plainDateField("errors.firstDate"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "errors.startTime" }),
  scope: z.enum(["one", "following"], { error: "errors.invalid" }),
});

/** Issuing and revoking the member's own calendar link: no field, the member comes from the session. */
export const feedLinkSchema = z.object({});
