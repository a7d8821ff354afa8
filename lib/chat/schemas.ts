import { z } from "zod";

// The chat settings' forms, validated once at the boundary (lib/auth/action.ts). The URL's host rules are
// lib/chat/core/webhook-url.ts; here it is only a bounded string.

export const chatKindSchema = z.enum(["teams", "slack"], { error: "errors.chatKind" });

export const connectChatChannelSchema = z.object({
  kind: chatKindSchema,
  url: z.string().trim().min(1, { error: "errors.chatUrl" }).max(2048, { error: "errors.chatUrl" }),
});
export type ConnectChatChannelInput = z.infer<typeof connectChatChannelSchema>;

export const noticeDeliverySchema = z.enum(["email", "chat", "both"]);

export const noticePreferencesSchema = z.object({ programmeNews: noticeDeliverySchema });
export type NoticePreferencesInput = z.infer<typeof noticePreferencesSchema>;
