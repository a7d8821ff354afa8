import { z } from "zod";
import { declineReasonEnum, goalStatusEnum } from "@/db/schema";
import { plainDateField } from "@/lib/validation/dates";
import { multiLineText } from "@/lib/validation/text";

// Mentoring's inputs, validated once at the boundary (lib/auth/action.ts) and handed to lib/mentoring
// typed: the admin's matching round, a mentor's answer to a request, a self-selecting mentee's request,
// and the pair's space. Messages are keys under "pair.errors", "matches.errors" or the app's "errors" (the
// action wrapper strips the "errors." prefix). No server-only import: forms in the browser read the limits.

const asString = (value: unknown) => (typeof value === "string" ? value : "");
// Every text of the pair's space is a textarea (multiLineText: CRLF counts as one character, like maxLength).
const text = (max: number) => z.preprocess(asString, multiLineText().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" }));
const optionalText = (max: number) => z.preprocess(asString, multiLineText().max(max, { error: "errors.tooLong" })).transform((v) => v || null);

// ---- The admin's matching round.

export const roundProgrammeSchema = z.object({ programmeId: z.uuid() });
export const pinMatchSchema = roundProgrammeSchema.extend({ matchId: z.uuid(), pinned: z.enum(["true", "false"]).transform((v) => v === "true") });
export const breakMatchSchema = roundProgrammeSchema.extend({ matchId: z.uuid() });
export const swapMentorsSchema = roundProgrammeSchema.extend({ first: z.uuid(), second: z.uuid() });
export const publishRunSchema = roundProgrammeSchema.extend({ runId: z.uuid() });
/** An unmatched mentee of the proposal paired with a mentor by hand. */
export const pairByHandSchema = roundProgrammeSchema.extend({ menteeEnrolmentId: z.uuid(), mentorEnrolmentId: z.uuid({ error: "errors.invalidOption" }) });

// ---- A mentor's answer to a request, and a self-selecting mentee's request.

export const declineReasons = declineReasonEnum.enumValues;
export type DeclineReason = (typeof declineReasons)[number];
export const DECLINE_TEXT_MAX = 500;

export const matchIdSchema = z.object({ matchId: z.uuid() });
export const declineMatchSchema = matchIdSchema.extend({
  reason: z.enum(declineReasons, { error: "errors.invalidOption" }),
  /** A private note, kept from the mentee; left empty, none. */
  text: multiLineText()
    .max(DECLINE_TEXT_MAX, { error: "errors.tooLong" })
    .optional()
    .transform((v) => v || null),
});

export const requestMentorSchema = z.object({ programmeId: z.uuid("errors.not_found"), mentorEnrolmentId: z.uuid({ error: "errors.invalidOption" }) });

// ---- The pair's space.

export const GOAL_TEXT_MAX = 500;
export const NOTE_MAX = 4000;
export const CHECK_IN_TEXT_MAX = 1000;
export const goalStatuses = goalStatusEnum.enumValues;

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

/** A no-fault re-match ends the pairing: confirmed in the form itself, like ending. */
export const rematchSchema = z.object({ matchId, confirm: z.literal("yes", { error: "errors.confirmRematch" }) });
export type RematchInput = z.infer<typeof rematchSchema>;

/** Ending asks for a confirmation in the form itself; the reflection is optional and can follow later. */
export const endMatchSchema = z.object({
  matchId,
  confirm: z.literal("yes", { error: "errors.confirmEnd" }),
  text: optionalText(CHECK_IN_TEXT_MAX),
});
export type EndMatchInput = z.infer<typeof endMatchSchema>;

// ---- The pair's own meetings: a time proposed by hand, accepted or answered with another; moving,
// cancelling and recording who came. Date and time are typed on the person's own clock.

/** The lengths a pair can choose for a meeting. */
export const PAIR_MEETING_DURATIONS = [30, 45, 60, 90, 120] as const;
const meetingDate = z.preprocess(asString, plainDateField("errors.meetingDate"));
const meetingTime = z.preprocess(asString, z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "errors.meetingTime" }));
const sessionId = z.uuid({ error: "errors.not_found" });

export const proposeMeetingSchema = z.object({
  matchId,
  date: meetingDate,
  time: meetingTime,
  durationMinutes: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ error: "errors.duration" }).refine((n) => (PAIR_MEETING_DURATIONS as readonly number[]).includes(n), { error: "errors.duration" }),
  ),
});
export type ProposeMeetingInput = z.infer<typeof proposeMeetingSchema>;

export const acceptProposalSchema = z.object({ matchId, proposalId: z.uuid({ error: "errors.proposalGone" }) });
export type AcceptProposalInput = z.infer<typeof acceptProposalSchema>;

export const movePairMeetingSchema = z.object({ matchId, sessionId, date: meetingDate, time: meetingTime });
export type MovePairMeetingInput = z.infer<typeof movePairMeetingSchema>;

export const cancelPairMeetingSchema = z.object({ matchId, sessionId });
export type CancelPairMeetingInput = z.infer<typeof cancelPairMeetingSchema>;

export const pairAttendanceValues = ["attended", "absent", "excused"] as const;
export const pairAttendanceSchema = z.object({
  matchId,
  sessionId,
  membershipId: z.uuid({ error: "errors.invalidOption" }),
  attendance: z.enum(pairAttendanceValues, { error: "errors.invalidOption" }),
});
export type PairAttendanceInput = z.infer<typeof pairAttendanceSchema>;
