import { z } from "zod";
import { goalStatusEnum } from "@/db/schema";
import { plainDateField } from "@/lib/validation/dates";
import { multiLineText } from "@/lib/validation/text";

// The inputs of the pair's space, for the server actions and the data layer alike. Messages are keys under
// "pair.errors" (the action wrapper strips the "errors." prefix; lib/auth/action.ts).

export const GOAL_TEXT_MAX = 500;
export const NOTE_MAX = 4000;
export const CHECK_IN_TEXT_MAX = 1000;
export const goalStatuses = goalStatusEnum.enumValues;

const asString = (value: unknown) => (typeof value === "string" ? value : "");
// Every text of the pair's space is a textarea (multiLineText: CRLF counts as one character, like maxLength).
const text = (max: number) => z.preprocess(asString, multiLineText().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" }));
const optionalText = (max: number) => z.preprocess(asString, multiLineText().max(max, { error: "errors.tooLong" })).transform((v) => v || null);

const matchId = z.uuid({ error: "errors.not_found" });

const goalFields = {
  matchId,
  specific: text(GOAL_TEXT_MAX),
  measurable: text(GOAL_TEXT_MAX),
  achievable: text(GOAL_TEXT_MAX),
  relevant: text(GOAL_TEXT_MAX),
  // Time-bound: a calendar day; the range keeps typos such as year 20266 out.
  dueDate: z.preprocess(asString, plainDateField("errors.dueDate")),
  status: z.enum(goalStatuses, { error: "errors.invalidOption" }),
  progress: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ error: "errors.progress" }).int({ error: "errors.progress" }).min(0, { error: "errors.progress" }).max(100, { error: "errors.progress" }),
  ),
};

export const createGoalSchema = z.object(goalFields);
export const updateGoalSchema = z.object({ ...goalFields, goalId: z.uuid({ error: "errors.not_found" }) });
export type CreateGoalInput = z.infer<typeof createGoalSchema>;
export type UpdateGoalInput = z.infer<typeof updateGoalSchema>;

export const addNoteSchema = z.object({ matchId, body: text(NOTE_MAX) });
export type AddNoteInput = z.infer<typeof addNoteSchema>;

export const planFirstMeetingSchema = z.object({ matchId, startsAt: z.iso.datetime({ offset: true, error: "errors.slotGone" }) });
export type PlanFirstMeetingInput = z.infer<typeof planFirstMeetingSchema>;

export const fitCheckSchema = z.object({
  matchId,
  answer: z.enum(["goodFit", "newMatch"], { error: "errors.invalidOption" }),
  text: optionalText(CHECK_IN_TEXT_MAX),
});
export type FitCheckInput = z.infer<typeof fitCheckSchema>;

export const closingReflectionSchema = z.object({ matchId, text: text(CHECK_IN_TEXT_MAX) });
export type ClosingReflectionInput = z.infer<typeof closingReflectionSchema>;

/** Ending asks for a confirmation in the form itself; the reflection is optional and can follow later. */
export const endMatchSchema = z.object({
  matchId,
  confirm: z.literal("yes", { error: "errors.confirmEnd" }),
  text: optionalText(CHECK_IN_TEXT_MAX),
});
export type EndMatchInput = z.infer<typeof endMatchSchema>;
