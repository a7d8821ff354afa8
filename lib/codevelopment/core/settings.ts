import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";
import type { Method } from "./method-types";
import { builtInMethod } from "./methods";

// A co-development programme's settings, stored in programmes.settings (jsonb) like the mentoring ones
// (lib/mentoring/core/settings.ts). Read through `readCodevSettings`, so that a programme saved before a field
// existed still gets that field's default. The programme keeps its own copy of the method, so that an
// admin can change a step's minutes or wording for this programme without touching the library.

export const facilitatorModes = ["perGroup", "rotating"] as const;
export type FacilitatorMode = (typeof facilitatorModes)[number];
export const codevLanguages = ["nl", "en"] as const;

/** The hard limits of a group (issue 6: groups of 5 to 8; smaller and larger ranges are refused). */
export const GROUP_SIZE_LIMITS = { min: 3, max: 10 } as const;

// Instructions and summaries are textareas; names and titles short lines (lib/programmes/schemas.ts is stricter per field).
const localizedText = () => multiLineText().min(1, "errors.required").max(500, "errors.tooLong");
const localized = z.object({ nl: localizedText(), en: localizedText() });

export const methodStepSchema = z.object({
  key: singleLineText().min(1).max(60),
  title: localized,
  instruction: localized,
  minutes: z.coerce.number().int("errors.invalid").min(1, "errors.invalid").max(120, "errors.invalid"),
  presenterTurnedAway: z.boolean().optional(),
  showsPreviousActions: z.boolean().optional(),
});

export const methodSchema = z.object({
  key: singleLineText().min(1).max(80),
  name: localized,
  summary: localized,
  steps: z.array(methodStepSchema).min(1, "errors.required").max(15, "errors.invalid"),
});

const int = (min: number, max: number) => z.coerce.number().int("errors.invalid").min(min, "errors.invalid").max(max, "errors.invalid");

export const codevSettingsSchema = z
  .object({
    groupSizeMin: int(GROUP_SIZE_LIMITS.min, GROUP_SIZE_LIMITS.max),
    groupSizeMax: int(GROUP_SIZE_LIMITS.min, GROUP_SIZE_LIMITS.max),
    cadenceWeeks: int(1, 6),
    sessionMinutes: int(30, 240),
    facilitatorMode: z.enum(facilitatorModes, "errors.invalidOption"),
    languages: z.array(z.enum(codevLanguages, "errors.invalidOption")).min(1, "errors.required"),
    /** Days before a session that the presenter is asked to prepare the case (issue 6: 7, configurable). */
    casePrepDays: int(3, 21),
    method: methodSchema,
  })
  .refine((s) => s.groupSizeMin <= s.groupSizeMax, { path: ["groupSizeMax"], message: "errors.sizeRange" });

export type CodevSettings = z.infer<typeof codevSettingsSchema>;

export const defaultCodevSettings: CodevSettings = {
  groupSizeMin: 5,
  groupSizeMax: 7,
  cadenceWeeks: 3,
  sessionMinutes: 120,
  facilitatorMode: "perGroup",
  languages: ["nl", "en"],
  casePrepDays: 7,
  method: builtInMethod("codevelopment") as Method,
};

/** Field by field, so that one stale or missing value falls back to its default instead of all of them. */
export function readCodevSettings(raw: Record<string, unknown> | null | undefined): CodevSettings {
  const source = raw ?? {};
  const shape = codevSettingsSchema.shape;
  const pick = <K extends keyof CodevSettings>(key: K): CodevSettings[K] => {
    const parsed = shape[key].safeParse(source[key]);
    return parsed.success ? (parsed.data as CodevSettings[K]) : defaultCodevSettings[key];
  };
  const settings: CodevSettings = {
    groupSizeMin: pick("groupSizeMin"),
    groupSizeMax: pick("groupSizeMax"),
    cadenceWeeks: pick("cadenceWeeks"),
    sessionMinutes: pick("sessionMinutes"),
    facilitatorMode: pick("facilitatorMode"),
    languages: pick("languages"),
    casePrepDays: pick("casePrepDays"),
    method: pick("method") as Method,
  };
  if (settings.groupSizeMin > settings.groupSizeMax) return { ...settings, groupSizeMin: defaultCodevSettings.groupSizeMin, groupSizeMax: defaultCodevSettings.groupSizeMax };
  return settings;
}
