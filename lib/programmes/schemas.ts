import { z } from "zod";
import { codevLanguages, facilitatorModes, GROUP_SIZE_LIMITS } from "@/lib/codevelopment/core/settings";
import { mentoringSettingsSchema } from "@/lib/mentoring/core/settings";
import { nestFields } from "@/lib/forms/form-data";
import { plainDateField } from "@/lib/validation/dates";
import { multiLineText, singleLineText } from "@/lib/validation/text";
import { isUuid } from "@/lib/validation/uuid";

// The programmes' inputs, validated once at the boundary (lib/auth/action.ts) and handed to lib/programmes
// typed: the admin's forms of a mentoring and of a co-development programme, its status buttons, and a
// member's enrolment. Also the answers an enrolment stores (enrolments.answers, jsonb), read back through
// their schemas so that matching never meets an answer of the wrong shape. Messages are keys under
// "errors" of the form's namespace (the action wrapper strips the "errors." prefix). No server-only import:
// forms in the browser read the limits below.

const line = (max: number) => singleLineText().min(1, "errors.required").max(max, "errors.tooLong");
const text = (max: number) => multiLineText().min(1, "errors.required").max(max, "errors.tooLong");
const date = plainDateField("errors.invalid");
const int = (min: number, max: number, message: string) => z.coerce.number(message).int(message).min(min, message).max(max, message);
const programmeId = z.uuid("errors.not_found");

export const programmeIdSchema = z.object({ programmeId });

// ---- A mentoring programme (the admin's form). The window is two dates; the data layer turns them into
// instants in the organisation's time zone.

const programmeFields = z
  .object({
    nameNl: line(120),
    nameEn: line(120),
    descriptionNl: text(2000),
    descriptionEn: text(2000),
    opens: date,
    closes: date,
  })
  .extend(mentoringSettingsSchema.shape);

const closesAfterOpens = (v: { opens: string; closes: string }) => v.closes >= v.opens;
const closesError = { message: "errors.closesBeforeOpens", path: ["closes"] };

export const programmeInputSchema = programmeFields.refine(closesAfterOpens, closesError);
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

/** The flat form fields ("weights.topics") as the nested object the schema expects. */
export function nestWeights(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const weights: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("weights.")) weights[key.slice(8)] = value;
    else rest[key] = value;
  }
  return { ...rest, weights };
}

/** For server actions: FormData fields in, the typed input out; errors keep the flat field names. */
export const programmeFormSchema = z.preprocess(nestWeights, programmeInputSchema);
export const programmeUpdateFormSchema = z.preprocess(nestWeights, programmeFields.extend({ programmeId }).refine(closesAfterOpens, closesError));

/** The status buttons (lib/programmes/status.ts holds what each one does). */
export const programmeTransitionNames = ["open", "close", "archive"] as const;
export type ProgrammeTransition = (typeof programmeTransitionNames)[number];
export const programmeTransitionSchema = z.object({ programmeId, transition: z.enum(programmeTransitionNames) });

// ---- A co-development programme (the admin's forms). Field names are flat ("steps.2.title.nl");
// `nestFields` turns them into the nested object the schemas read, and the errors come back under the same
// flat names, so each form shows them next to its own field.

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

// ---- The answers an enrolment stores.

export const MAX_GOALS_LENGTH = 1000;
export const MAX_AVOID = 5;
export const MAX_TOPICS = 20;

const storedTopics = z.array(singleLineText().min(1).max(60)).max(MAX_TOPICS, "errors.tooMany");

export const menteeAnswersSchema = z.object({
  goals: multiLineText().max(MAX_GOALS_LENGTH, "errors.tooLong"),
  topics: storedTopics,
  avoid: z.array(z.uuid()).max(MAX_AVOID, "enrolment.avoidTooMany"),
});

export const mentorAnswersSchema = z.object({
  topics: storedTopics,
  paused: z.boolean(),
});

export type MenteeAnswers = z.infer<typeof menteeAnswersSchema>;
export type MentorAnswers = z.infer<typeof mentorAnswersSchema>;

/** A stored answer read back from the database: one of the wrong shape counts as none. */
export function readMenteeAnswers(raw: unknown): MenteeAnswers {
  const parsed = menteeAnswersSchema.safeParse(raw);
  return parsed.success ? parsed.data : { goals: "", topics: [], avoid: [] };
}

export function readMentorAnswers(raw: unknown): MentorAnswers {
  const parsed = mentorAnswersSchema.safeParse(raw);
  return parsed.success ? parsed.data : { topics: [], paused: false };
}

// ---- The enrolment form: one schema per role, told apart by the `role` field.

const topics = z.array(singleLineText().min(1).max(60)).max(MAX_TOPICS, "errors.tooMany").default([]);

export const menteeInputSchema = z.object({
  programmeId,
  role: z.literal("mentee"),
  goals: multiLineText().max(MAX_GOALS_LENGTH, "errors.tooLong").default(""),
  topics,
  avoid: z.array(z.uuid("errors.avoidNotMember")).max(MAX_AVOID, "errors.avoidTooMany").default([]),
});

export const mentorInputSchema = z.object({
  programmeId,
  role: z.literal("mentor"),
  topics,
  /** Empty means "the programme's default". */
  capacity: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("errors.capacityRange").min(1, "errors.capacityRange").max(3, "errors.capacityRange").optional()),
  // A checkbox: present ("on") when ticked, absent otherwise.
  paused: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export const enrolmentInputSchema = z.discriminatedUnion("role", [menteeInputSchema, mentorInputSchema], "errors.invalidOption");
export type EnrolmentInput = z.infer<typeof enrolmentInputSchema>;

/** The "rather not matched with" picker: what is typed, trimmed, its first 100 characters, at least two. */
export const avoidSearchSchema = singleLineText()
  .transform((text) => text.slice(0, 100))
  .pipe(z.string().min(2));
