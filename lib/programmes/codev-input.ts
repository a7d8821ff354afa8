import { z } from "zod";
import { codevLanguages, facilitatorModes, GROUP_SIZE_LIMITS } from "@/lib/codevelopment/core/settings";
import { plainDateField } from "@/lib/validation/dates";
import { isUuid } from "@/lib/validation/uuid";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// The admin's forms of a co-development programme, validated once on the server (STYLE.md 5). Field names
// are flat ("steps.2.title.nl"); `nestFields` turns them into the nested object the schemas read, and the
// errors come back under the same flat names, so each form shows them next to its own field.

const line = (max: number) => singleLineText().min(1, "errors.required").max(max, "errors.tooLong");
const text = (max: number) => multiLineText().min(1, "errors.required").max(max, "errors.tooLong");
const date = plainDateField("errors.invalid");
const int = (min: number, max: number, message: string) => z.coerce.number(message).int(message).min(min, message).max(max, message);

/** A method of the library: "codevelopment" and the other built-in keys, or "custom:<uuid>" for an own one. */
export const methodKeySchema = z
  .string()
  .refine((key) => /^[a-z]{1,40}$/i.test(key) || (key.startsWith("custom:") && isUuid(key.slice(7))), "errors.invalidOption");

const detailFields = z.object({
  nameNl: line(120),
  nameEn: line(120),
  descriptionNl: text(2000),
  descriptionEn: text(2000),
  opens: date,
  closes: date,
  groupSizeMin: int(GROUP_SIZE_LIMITS.min, GROUP_SIZE_LIMITS.max, "errors.groupSizeRange"),
  groupSizeMax: int(GROUP_SIZE_LIMITS.min, GROUP_SIZE_LIMITS.max, "errors.groupSizeRange"),
  cadenceWeeks: int(1, 6, "errors.cadenceRange"),
  sessionMinutes: int(30, 240, "errors.sessionRange"),
  facilitatorMode: z.enum(facilitatorModes, "errors.invalidOption"),
  // Checkboxes: absent when none is ticked.
  languages: z.preprocess((v) => v ?? [], z.array(z.enum(codevLanguages, "errors.invalidOption")).min(1, "errors.required")),
  casePrepDays: int(3, 21, "errors.casePrepRange"),
});

type Details = z.infer<typeof detailFields>;

// Each cross-field check runs as soon as its own fields are valid, so that one answer lists every problem.
const windowFields = detailFields.pick({ opens: true, closes: true });
const sizeFields = detailFields.pick({ groupSizeMin: true, groupSizeMax: true });
const withChecks = <S extends z.ZodType<Details>>(schema: S) =>
  schema
    .refine((v) => v.closes >= v.opens, { path: ["closes"], message: "errors.closesBeforeOpens", when: (p) => windowFields.safeParse(p.value).success })
    .refine((v) => v.groupSizeMin <= v.groupSizeMax, { path: ["groupSizeMax"], message: "errors.sizeRange", when: (p) => sizeFields.safeParse(p.value).success });

export const codevProgrammeInputSchema = withChecks(detailFields.extend({ methodKey: methodKeySchema }));
export type CodevProgrammeInput = z.infer<typeof codevProgrammeInputSchema>;

export const codevProgrammeUpdateSchema = withChecks(detailFields.extend({ programmeId: z.uuid("errors.not_found") }));
export type CodevProgrammeDetails = Details;

export const chooseMethodSchema = z.object({ programmeId: z.uuid("errors.not_found"), methodKey: methodKeySchema });

const localizedLine = (max: number) => z.object({ nl: line(max), en: line(max) });
const localizedText = (max: number) => z.object({ nl: text(max), en: text(max) });
const minutes = int(1, 120, "errors.minutesRange");

/** The programme's copy of its method: the same steps, with their words and minutes changed. */
export const programmeStepsSchema = z.object({
  programmeId: z.uuid("errors.not_found"),
  steps: z
    .array(z.object({ key: singleLineText().min(1).max(60), title: localizedLine(120), instruction: localizedText(500), minutes }))
    .min(1, "errors.required")
    .max(15, "errors.invalid"),
});
export type ProgrammeStepsInput = z.infer<typeof programmeStepsSchema>;

/** An organisation's own method, as the method library's form sends it; steps may be added, removed and moved. */
export const ownMethodSchema = z.object({
  name: localizedLine(120),
  summary: localizedText(500),
  // Every step removed: nothing is posted.
  steps: z.preprocess(
    (v) => v ?? [],
    z
      .array(z.object({ key: singleLineText().max(60).optional(), title: localizedLine(120), instruction: localizedText(500), minutes }))
      .min(1, "errors.stepsRequired")
      .max(15, "errors.tooManySteps"),
  ),
});
export type OwnMethodInput = z.infer<typeof ownMethodSchema>;

const UNSAFE = new Set(["__proto__", "prototype", "constructor"]);

/**
 * "steps.0.title.nl" → { steps: [{ title: { nl } }] }. Numeric parts make arrays (at most 50 entries, holes
 * dropped); keys without a dot stay as they are.
 */
export function nestFields(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const parts = key.split(".");
    if (parts.some((p) => p === "" || UNSAFE.has(p))) continue;
    let node: Record<string, unknown> = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = parts[i + 1];
      const wantsArray = /^\d{1,2}$/.test(next) && Number(next) < 50;
      if (typeof node[parts[i]] !== "object" || node[parts[i]] === null) node[parts[i]] = wantsArray ? [] : {};
      node = node[parts[i]] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = value;
  }
  const compact = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
    if (typeof value === "object" && value !== null && !(value instanceof Blob)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
    return value;
  };
  return compact(out);
}
