import { z } from "zod";
import { mentoringSettingsSchema } from "@/lib/mentoring/core/settings";
import { closesAfterOpens, closesError, programmeDetailFields, programmeIdField as programmeId } from "@/lib/programmes/schemas";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// A mentoring programme's inputs, validated once at the boundary (lib/auth/action.ts) and handed to
// lib/mentoring typed: the admin's form of a mentoring programme (the shared details of
// lib/programmes/schemas.ts with the mentoring settings) and a member's enrolment as mentee or mentor. Also
// the answers an enrolment stores (enrolments.answers, jsonb), read back through their schemas so that
// matching never meets an answer of the wrong shape. No server-only import: forms in the browser read the
// limits below.

// ---- A mentoring programme (the admin's form).

const programmeFields = programmeDetailFields.extend(mentoringSettingsSchema.shape);

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
