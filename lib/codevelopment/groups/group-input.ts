import { z } from "zod";

// The group page's forms, validated once on the server; the lib functions parse again, so that they are
// safe whoever calls them.

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
