import { z } from "zod";
import { nestFields } from "@/lib/forms/form-data";
import { plainDateField } from "@/lib/validation/dates";
import { multiLineText, noControlCharacters, singleLineText } from "@/lib/validation/text";
import { MAX_DUE_WEEK, trackStepKinds } from "./core/progress";

// Learning tracks (issue 12), validated once at the boundary (lib/auth/action.ts) and handed to lib/tracks
// typed. Messages are keys under "tracks.errors" or the app's "errors". No server-only import: the forms in
// the browser read the limits below.

export const TRACK_LIMITS = { title: 120, url: 500, steps: 30, reflection: 4000 } as const;

const uuid = z.uuid("errors.not_found");
const programmeId = uuid;
const stepId = uuid;

const title = z.object({
  nl: singleLineText().min(1, "errors.required").max(TRACK_LIMITS.title, "errors.tooLong"),
  en: singleLineText().min(1, "errors.required").max(TRACK_LIMITS.title, "errors.tooLong"),
});

// Empty: no due week. Otherwise a whole week of the track, 1 to 52 ("2.5", "abc" and "0" are refused).
const dueWeek = z.preprocess(
  (v) => {
    const value = typeof v === "string" ? v.trim() : v;
    return value === "" || value === undefined || value === null ? null : typeof value === "string" ? Number(value) : value;
  },
  z.number("errors.dueWeek").int("errors.dueWeek").min(1, "errors.dueWeek").max(MAX_DUE_WEEK, "errors.dueWeek").nullable(),
);

/** A reading's address: a web page on a named host over https, stored as the parser writes it ("HTTPS://A.nl" → "https://a.nl/"). */
const readingUrl = z
  .string()
  .trim()
  .max(TRACK_LIMITS.url, "errors.tooLong")
  .check(noControlCharacters())
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: "errors.urlHttps" }))
  .refine((v) => {
    const url = new URL(v);
    return url.username === "" && url.password === "";
  }, "errors.urlHttps")
  .transform((v) => new URL(v).href);

// A built-in guide's key ("career") or an organisation's own ("custom:<uuid>"); lib/tracks checks that it exists.
const guideKey = z.string().trim().max(80).check(noControlCharacters());
const optionalText = z.preprocess((v) => v ?? "", z.string());

const stepFields = z.object({
  kind: z.enum(trackStepKinds, "errors.invalidOption"),
  title,
  dueWeek,
  guideKey: z.preprocess((v) => v ?? "", guideKey),
  url: optionalText,
});

type StepFields = z.infer<typeof stepFields>;

/** A conversation needs its guide, a reading its link (a web page over https). */
function checkStep(value: StepFields, ctx: z.RefinementCtx) {
  if (value.kind === "conversation" && value.guideKey === "") ctx.addIssue({ code: "custom", path: ["guideKey"], message: "errors.guideRequired" });
  if (value.kind !== "reading") return;
  if (value.url.trim() === "") {
    ctx.addIssue({ code: "custom", path: ["url"], message: "errors.urlRequired" });
    return;
  }
  const parsed = readingUrl.safeParse(value.url);
  if (!parsed.success) ctx.addIssue({ code: "custom", path: ["url"], message: parsed.error.issues[0]?.message ?? "errors.urlHttps" });
}

/** What belongs to another kind is dropped, so that a step stores only what its kind uses. */
function keepKindFields<T extends StepFields>({ url, guideKey: key, ...value }: T) {
  return { ...value, guideKey: value.kind === "conversation" ? key : null, url: value.kind === "reading" ? readingUrl.parse(url) : null };
}

// A step as the admin's form posts it ("title.nl" and "title.en" nested by nestFields).
export const addStepSchema = z.preprocess(nestFields, stepFields.extend({ programmeId }).superRefine(checkStep).transform(keepKindFields));
export type AddStepInput = z.infer<typeof addStepSchema>;
export type TrackStepFields = Omit<AddStepInput, "programmeId">;

/** An edit posts the step's kind as it was: a kind cannot change (lib/tracks refuses one that differs). */
export const updateStepSchema = z.preprocess(nestFields, stepFields.extend({ programmeId, stepId }).superRefine(checkStep).transform(keepKindFields));
export type UpdateStepInput = z.infer<typeof updateStepSchema>;

export const trackStartSchema = z.object({ programmeId, startsOn: plainDateField("errors.startsOn") });
export type TrackStartInput = z.infer<typeof trackStartSchema>;

export const moveStepSchema = z.object({ programmeId, stepId, direction: z.enum(["up", "down"], "errors.invalidOption") });
export type MoveStepInput = z.infer<typeof moveStepSchema>;

export const stepRefSchema = z.object({ programmeId, stepId });
export type StepRefInput = z.infer<typeof stepRefSchema>;

// ---- What a participant posts.

export const setStepDoneSchema = z.object({ programmeId, stepId, done: z.enum(["true", "false"], "errors.invalidOption").transform((v) => v === "true") });
export type SetStepDoneInput = z.infer<typeof setStepDoneSchema>;

export const reflectionSchema = z.object({
  programmeId,
  stepId,
  body: multiLineText().min(1, "errors.reflectionRequired").max(TRACK_LIMITS.reflection, "errors.tooLong"),
});
export type ReflectionInput = z.infer<typeof reflectionSchema>;
