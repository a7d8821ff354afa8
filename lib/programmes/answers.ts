import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// What a member tells the programme when enrolling, stored in enrolments.answers (jsonb) and read back
// through these schemas, so that matching never meets an answer of the wrong shape.

export const MAX_GOALS_LENGTH = 1000;
export const MAX_AVOID = 5;
export const MAX_TOPICS = 20;

const topics = z.array(singleLineText().min(1).max(60)).max(MAX_TOPICS, "errors.tooMany");

export const menteeAnswersSchema = z.object({
  goals: multiLineText().max(MAX_GOALS_LENGTH, "errors.tooLong"),
  topics,
  avoid: z.array(z.uuid()).max(MAX_AVOID, "enrolment.avoidTooMany"),
});

export const mentorAnswersSchema = z.object({
  topics,
  paused: z.boolean(),
});

export type MenteeAnswers = z.infer<typeof menteeAnswersSchema>;
export type MentorAnswers = z.infer<typeof mentorAnswersSchema>;

export function readMenteeAnswers(raw: unknown): MenteeAnswers {
  const parsed = menteeAnswersSchema.safeParse(raw);
  return parsed.success ? parsed.data : { goals: "", topics: [], avoid: [] };
}

export function readMentorAnswers(raw: unknown): MentorAnswers {
  const parsed = mentorAnswersSchema.safeParse(raw);
  return parsed.success ? parsed.data : { topics: [], paused: false };
}
