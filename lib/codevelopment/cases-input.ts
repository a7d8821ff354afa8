import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// The inputs of a session's pages (case, runner, feedback), for the server actions and the data layer
// alike. Messages are keys under "codevSessions.errors" or the app's "errors" (the action wrapper strips
// the "errors." prefix; lib/auth/action.ts).

/** The one page of a case: short enough to read in the minutes before a session. */
export const CASE_LIMITS = { title: 120, context: 3000, tried: 2000, question: 600, helpWanted: 1000 } as const;
export const COMMENT_MAX = 2000;

const asString = (value: unknown) => (typeof value === "string" ? value : "");
// The session pages' texts are textareas (multiLineText: CRLF counts as one character, like maxLength).
export const requiredText = (max: number) => z.preprocess(asString, multiLineText().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" }));
export const optionalText = (max: number) => z.preprocess(asString, multiLineText().max(max, { error: "errors.tooLong" }));
const requiredLine = (max: number) => z.preprocess(asString, singleLineText().min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" }));

export const sessionRefFields = { groupId: z.uuid({ error: "errors.not_found" }), sessionId: z.uuid({ error: "errors.not_found" }) };
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
