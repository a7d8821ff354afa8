import { z } from "zod";
import { optionalText, sessionRefFields } from "./cases-input";

// The feedback form after a session: a score from 1 to 5 and an optional comment, once per person.

export const FEEDBACK_COMMENT_MAX = 1000;
export const feedbackSchema = z.object({
  ...sessionRefFields,
  score: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ error: "errors.score" }).int({ error: "errors.score" }).min(1, { error: "errors.score" }).max(5, { error: "errors.score" }),
  ),
  comment: optionalText(FEEDBACK_COMMENT_MAX).transform((v) => v || null),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;
