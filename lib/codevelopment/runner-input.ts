import { z } from "zod";
import { isDateInRange } from "@/lib/validation/dates";
import { singleLineText } from "@/lib/validation/text";
import { requiredText, sessionRefFields } from "./cases-input";

// The inputs of the session runner and of what is recorded in it: attendance, step notes, the presenter's
// actions and everyone's learning (see cases-input.ts for the conventions).

export const STEP_NOTE_MAX = 2000;
export const ACTION_MAX = 500;
export const LEARNING_MAX = 1000;
export const MAX_ACTIONS = 10;
export const attendanceValues = ["invited", "attended", "absent", "excused"] as const;

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
    .array(z.object({ membershipId: z.uuid({ error: "errors.not_found" }), attendance: z.enum(attendanceValues, { error: "errors.invalidOption" }) }))
    .min(1, { error: "errors.required" })
    .max(30, { error: "errors.invalid" }),
});

/** The attendance form: one radio group per person, named "attendance:<membership id>". */
export const attendanceFormSchema = z.preprocess((raw) => {
  const source = (raw ?? {}) as Record<string, unknown>;
  const entries = Object.entries(source)
    .filter(([key]) => key.startsWith(attendanceKey))
    .map(([key, attendance]) => ({ membershipId: key.slice(attendanceKey.length), attendance }));
  return { groupId: source.groupId, sessionId: source.sessionId, entries };
}, attendanceInputSchema);
export type AttendanceInput = z.infer<typeof attendanceInputSchema>;
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

export const actionItemSchema = z.object({ ...sessionRefFields, actionId: z.uuid({ error: "errors.not_found" }) });
export type ActionItemInput = z.infer<typeof actionItemSchema>;

export const setActionDoneSchema = z.object({ ...sessionRefFields, actionId: z.uuid({ error: "errors.not_found" }), done: z.enum(["yes", "no"], { error: "errors.invalidOption" }) });
export type SetActionDoneInput = z.infer<typeof setActionDoneSchema>;

export const learningSchema = z.object({ ...sessionRefFields, body: requiredText(LEARNING_MAX) });
export type LearningInput = z.infer<typeof learningSchema>;
