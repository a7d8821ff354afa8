import { z } from "zod";
import { codevLanguages, facilitatorModes, GROUP_SIZE_LIMITS } from "@/lib/codevelopment/core/settings";
import { nestFields } from "@/lib/forms/form-data";
import { programmeDetailFields, programmeIdField as programmeId } from "@/lib/programmes/schemas";
import { multiLineText, singleLineText } from "@/lib/validation/text";
import { isUuid } from "@/lib/validation/uuid";

// A co-development programme's inputs, validated once at the boundary (lib/auth/action.ts) and handed to
// lib/codevelopment typed: the admin's forms of a programme (the shared details of lib/programmes/schemas.ts
// with the co-development settings), its method and steps, and the method library's own methods. Messages
// are keys under "errors" of the form's namespace. No server-only import: forms in the browser read these.

const line = (max: number) => singleLineText().min(1, "errors.required").max(max, "errors.tooLong");
const text = (max: number) => multiLineText().min(1, "errors.required").max(max, "errors.tooLong");
const int = (min: number, max: number, message: string) => z.coerce.number(message).int(message).min(min, message).max(max, message);

// ---- A co-development programme (the admin's forms). Field names are flat ("steps.2.title.nl");
// `nestFields` turns them into the nested object the schemas read, and the errors come back under the same
// flat names, so each form shows them next to its own field.

/** A method of the library: "codevelopment" and the other built-in keys, or "custom:<uuid>" for an own one. */
export const methodKeySchema = z
  .string()
  .refine((key) => /^[a-z]{1,40}$/i.test(key) || (key.startsWith("custom:") && isUuid(key.slice(7))), "errors.invalidOption");

const detailFields = programmeDetailFields.extend({
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

export const codevProgrammeUpdateSchema = withChecks(detailFields.extend({ programmeId }));
export type CodevProgrammeDetails = Details;

export const chooseMethodSchema = z.object({ programmeId, methodKey: methodKeySchema });

const localizedLine = (max: number) => z.object({ nl: line(max), en: line(max) });
const localizedText = (max: number) => z.object({ nl: text(max), en: text(max) });
const minutes = int(1, 120, "errors.minutesRange");

/** The programme's copy of its method: the same steps, with their words and minutes changed. */
export const programmeStepsSchema = z.object({
  programmeId,
  steps: z
    .array(z.object({ key: singleLineText().min(1).max(60), title: localizedLine(120), instruction: localizedText(500), minutes }))
    .min(1, "errors.required")
    .max(15, "errors.invalid"),
});
export type ProgrammeStepsInput = z.infer<typeof programmeStepsSchema>;
export const programmeStepsFormSchema = z.preprocess(nestFields, programmeStepsSchema);

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

const methodId = z.uuid("errors.not_found");
export const methodIdSchema = z.object({ methodId });
export const createMethodFormSchema = z.preprocess(nestFields, ownMethodSchema);
export const updateMethodFormSchema = z.preprocess(nestFields, ownMethodSchema.extend({ methodId }));
