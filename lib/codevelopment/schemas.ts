import { z } from "zod";
import { codevLanguages, GROUP_SIZE_LIMITS } from "@/lib/codevelopment/core/settings";
import type { FieldKey } from "@/lib/profiles/completeness";
import { isDateInRange } from "@/lib/validation/dates";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// Co-development's inputs, validated once at the boundary (lib/auth/action.ts) and handed to
// lib/codevelopment typed: signing up, the admin's group formation, a group's rotation and turn swaps, and
// a session's pages (case, runner, feedback). Also the answers a sign-up stores (enrolments.answers, jsonb),
// read back through their schema so that group formation never meets an answer of the wrong shape.
// Messages are keys under "codevSessions.errors", "codevGroups.errors" or the app's "errors" (the action
// wrapper strips the "errors." prefix). No server-only import: forms in the browser read the limits below.

const asString = (value: unknown) => (typeof value === "string" ? value : "");
// The session pages' texts are textareas (multiLineText: CRLF counts as one character, like maxLength).
const requiredText = (max: number) => z.preprocess(asString, multiLineText().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" }));
const optionalText = (max: number) => z.preprocess(asString, multiLineText().max(max, { error: "errors.tooLong" }));
const requiredLine = (max: number) => z.preprocess(asString, singleLineText().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" }));
const id = z.uuid({ error: "errors.not_found" });

// ---- Signing up for a co-development programme.

export const codevRoles = ["participant", "facilitator"] as const;
export type CodevRole = (typeof codevRoles)[number];

/** What group formation compares; the first three it cannot do without, so signing up waits for them. */
export const codevProfileFields = ["languages", "timeZone", "availability", "department"] as const satisfies readonly FieldKey[];
export const codevRequiredProfileFields = ["languages", "timeZone", "availability"] as const satisfies readonly FieldKey[];

/** The group charter's version: if its text ever changes, earlier agreements can be told apart. */
export const CHARTER_VERSION = 1;
export const charterPoints = ["confidentiality", "voluntary", "everyonePresents", "noReportingLines"] as const;

// A checkbox posts "on" when ticked and nothing otherwise.
const ticked = (message: string) => z.preprocess((v) => v === "on" || v === "true" || v === true, z.literal(true, message));

export const codevEnrolmentInputSchema = z.object({
  programmeId: z.uuid("errors.not_found"),
  role: z.enum(codevRoles, "errors.invalidOption"),
  // Checkboxes: absent when none is ticked.
  languages: z.preprocess((v) => v ?? [], z.array(z.enum(codevLanguages, "errors.invalidOption")).min(1, "errors.languagesRequired")),
  confirmLanguages: ticked("errors.confirmLanguages"),
  confirmAvailability: ticked("errors.confirmAvailability"),
  charter: ticked("errors.charterRequired"),
});
export type CodevEnrolmentInput = z.infer<typeof codevEnrolmentInputSchema>;

export const codevAnswersSchema = z.object({
  languages: z.array(z.enum(codevLanguages)).min(1),
  /** When the member last confirmed that their profile's languages and availability are right. */
  profileConfirmedAt: z.iso.datetime(),
  charter: z.object({ version: z.number().int(), agreedAt: z.iso.datetime() }),
});
export type CodevAnswers = z.infer<typeof codevAnswersSchema>;

/** A stored answer read back from the database: one of the wrong shape counts as none. */
export function readCodevAnswers(raw: unknown): CodevAnswers | null {
  const parsed = codevAnswersSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

// ---- Group formation (the admin's page of a programme).

export const formationProgrammeSchema = z.object({ programmeId: z.uuid() });
/** A select's empty choice ("outside the groups", "no facilitator") posts "". */
const optionalId = z.union([z.literal("").transform(() => null), z.uuid()]);
export const moveParticipantSchema = formationProgrammeSchema.extend({ membershipId: z.uuid(), toGroupId: optionalId });
export type MoveParticipantInput = z.infer<typeof moveParticipantSchema>;
export const setFacilitatorSchema = formationProgrammeSchema.extend({ groupId: z.uuid(), membershipId: optionalId });
export type SetFacilitatorInput = z.infer<typeof setFacilitatorSchema>;
/** Appoint a participant as the programme's facilitator; add a late sign-up to a published group. */
export const appointFacilitatorSchema = formationProgrammeSchema.extend({ membershipId: z.uuid() });
export type AppointFacilitatorInput = z.infer<typeof appointFacilitatorSchema>;
export const addToGroupSchema = formationProgrammeSchema.extend({ membershipId: z.uuid(), groupId: z.uuid() });
export type AddToGroupInput = z.infer<typeof addToGroupSchema>;
/** One step on the group size from the review page: the new smallest or largest size. */
export const groupSizeSchema = formationProgrammeSchema.extend({
  bound: z.enum(["min", "max"], "errors.invalidOption"),
  size: z.coerce.number().int("errors.invalid").min(GROUP_SIZE_LIMITS.min, "errors.invalid").max(GROUP_SIZE_LIMITS.max, "errors.invalid"),
});
export type GroupSizeInput = z.infer<typeof groupSizeSchema>;

// ---- A group's page: its rotation and turn swaps.

export const setRotationSchema = z
  .object({
    groupId: z.uuid(),
    /** Parallel lists, one entry per open session: the session and who presents at it. */
    session: z.array(z.uuid()).min(1).max(52),
    presenter: z.array(z.uuid()).min(1).max(52),
  })
  .refine((input) => input.session.length === input.presenter.length && new Set(input.session).size === input.session.length, { path: ["presenter"], message: "errors.invalid" });
export type SetRotationInput = z.infer<typeof setRotationSchema>;

export const requestTurnSwapSchema = z.object({ groupId: z.uuid(), mySessionId: z.uuid(), partnerSessionId: z.uuid() });
export type RequestTurnSwapInput = z.infer<typeof requestTurnSwapSchema>;

export const respondTurnSwapSchema = z.object({ groupId: z.uuid(), swapId: z.uuid(), answer: z.enum(["accept", "decline"]) });
export type RespondTurnSwapInput = z.infer<typeof respondTurnSwapSchema>;

// ---- A session's pages: the case, the runner and what is recorded in it, the feedback.

/** The one page of a case: short enough to read in the minutes before a session. */
export const CASE_LIMITS = { title: 120, context: 3000, tried: 2000, question: 600, helpWanted: 1000 } as const;
export const COMMENT_MAX = 2000;
export const STEP_NOTE_MAX = 2000;
export const ACTION_MAX = 500;
export const LEARNING_MAX = 1000;
export const MAX_ACTIONS = 10;
export const FEEDBACK_COMMENT_MAX = 1000;
export const attendanceValues = ["invited", "attended", "absent", "excused"] as const;

const sessionRefFields = { groupId: id, sessionId: id };
export const sessionRefSchema = z.object(sessionRefFields);

export const saveCaseSchema = z.object({
  ...sessionRefFields,
  title: requiredLine(CASE_LIMITS.title),
  context: requiredText(CASE_LIMITS.context),
  tried: optionalText(CASE_LIMITS.tried),
  question: requiredText(CASE_LIMITS.question),
  helpWanted: optionalText(CASE_LIMITS.helpWanted),
});
export type SaveCaseInput = z.infer<typeof saveCaseSchema>;

export const commentCaseSchema = z.object({ ...sessionRefFields, comment: optionalText(COMMENT_MAX).transform((v) => v || null) });
export type CommentCaseInput = z.infer<typeof commentCaseSchema>;

export const moveStepSchema = z.object({
  ...sessionRefFields,
  direction: z.enum(["next", "back"], { error: "errors.invalidOption" }),
  /** The step the screen showed: a double click, or two screens pressing at once, moves one step only. */
  fromStep: z.coerce.number({ error: "errors.invalid" }).int({ error: "errors.invalid" }).min(0).max(50),
});
export type MoveStepInput = z.infer<typeof moveStepSchema>;

const attendanceKey = "attendance:";

export const attendanceInputSchema = z.object({
  ...sessionRefFields,
  entries: z
    .array(z.object({ membershipId: id, attendance: z.enum(attendanceValues, { error: "errors.invalidOption" }) }))
    .min(1, { error: "errors.required" })
    .max(30, { error: "errors.invalid" }),
});
export type AttendanceInput = z.infer<typeof attendanceInputSchema>;

/** The attendance form: one radio group per person, named "attendance:<membership id>". */
export const attendanceFormSchema = z.preprocess((raw) => {
  const source = (raw ?? {}) as Record<string, unknown>;
  const entries = Object.entries(source)
    .filter(([key]) => key.startsWith(attendanceKey))
    .map(([key, attendance]) => ({ membershipId: key.slice(attendanceKey.length), attendance }));
  return { groupId: source.groupId, sessionId: source.sessionId, entries };
}, attendanceInputSchema);
export const attendanceFieldName = (membershipId: string) => `${attendanceKey}${membershipId}`;

export const stepNoteSchema = z.object({ ...sessionRefFields, stepKey: singleLineText().min(1).max(60), body: requiredText(STEP_NOTE_MAX) });
export type StepNoteInput = z.infer<typeof stepNoteSchema>;

// An optional calendar day; the range keeps typos such as year 20266 out.
const optionalDueDate = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z
    .string()
    .refine((v) => v === "" || isDateInRange(v), { error: "errors.dueDate" })
    .transform((v) => v || null),
);

export const addActionItemSchema = z.object({ ...sessionRefFields, description: requiredText(ACTION_MAX), dueDate: optionalDueDate });
export type AddActionItemInput = z.infer<typeof addActionItemSchema>;

export const actionItemSchema = z.object({ ...sessionRefFields, actionId: id });
export type ActionItemInput = z.infer<typeof actionItemSchema>;

export const setActionDoneSchema = z.object({ ...sessionRefFields, actionId: id, done: z.enum(["yes", "no"], { error: "errors.invalidOption" }) });
export type SetActionDoneInput = z.infer<typeof setActionDoneSchema>;

export const learningSchema = z.object({ ...sessionRefFields, body: requiredText(LEARNING_MAX) });
export type LearningInput = z.infer<typeof learningSchema>;

/** After a session: a score from 1 to 5 and an optional comment, once per person. */
export const feedbackSchema = z.object({
  ...sessionRefFields,
  score: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ error: "errors.score" }).int({ error: "errors.score" }).min(1, { error: "errors.score" }).max(5, { error: "errors.score" }),
  ),
  comment: optionalText(FEEDBACK_COMMENT_MAX).transform((v) => v || null),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;
