import { z } from "zod";

// The chat settings' forms, validated once at the boundary (lib/auth/action.ts). The URL's host rules are
// lib/chat/core/webhook-url.ts; here it is only a bounded string.

export const chatKindSchema = z.enum(["teams", "slack"], { error: "errors.kind" });

export const connectChatChannelSchema = z.object({
  kind: chatKindSchema,
  url: z.string().trim().min(1, { error: "errors.url" }).max(2048, { error: "errors.url" }),
});
export type ConnectChatChannelInput = z.infer<typeof connectChatChannelSchema>;

export const noticeDeliverySchema = z.enum(["email", "chat", "both"]);

export const noticePreferencesSchema = z.object({ programmeNews: noticeDeliverySchema });
export type NoticePreferencesInput = z.infer<typeof noticePreferencesSchema>;
