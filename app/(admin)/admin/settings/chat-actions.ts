"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { connectChatChannel, disconnectChatChannel, loopbackAllowed, sendChatTest, type ChatTestResult } from "@/lib/chat/channel";
import { checkWebhookUrl } from "@/lib/chat/core/webhook-url";
import { connectChatChannelSchema } from "@/lib/chat/schemas";

// The Teams or Slack channel of Organisation settings (lib/chat/channel.ts). Admins only; the organisation
// comes from the session, never from the form.

export const connectChatChannelAction = authorizedAction(connectChatChannelSchema, "organization.settings", async (input, ctx): Promise<ActionResult> => {
  // The field says why a URL is refused; the data layer checks it again and writes nothing for a bad one.
  const checked = checkWebhookUrl(input.kind, input.url, { allowLoopback: loopbackAllowed() });
  if (!checked.ok) return { ok: false, error: "invalid", fieldErrors: { url: checked.reason } };
  await connectChatChannel(actorScopeOf(ctx), input);
  revalidatePath("/admin/settings");
  return { ok: true, message: "connected" };
});

export const testChatChannelAction = authorizedAction(z.object({}), "organization.settings", async (_input, ctx): Promise<ActionResult<ChatTestResult>> => {
  const result = await sendChatTest(actorScopeOf(ctx));
  revalidatePath("/admin/settings");
  return { ok: true, data: result };
});

export const disconnectChatChannelAction = authorizedAction(z.object({}), "organization.settings", async (_input, ctx): Promise<ActionResult> => {
  await disconnectChatChannel(actorScopeOf(ctx));
  revalidatePath("/admin/settings");
  return { ok: true, message: "disconnected" };
});
