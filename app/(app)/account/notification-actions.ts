"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { saveMyNoticePreferences } from "@/lib/chat/preferences";
import { noticePreferencesSchema } from "@/lib/chat/schemas";

/** A member's own choice of how programme news reaches them (lib/chat/preferences.ts): their membership only. */
export const saveNoticePreferencesAction = authorizedAction(noticePreferencesSchema, "profile.editOwn", async (input, ctx): Promise<ActionResult> => {
  await saveMyNoticePreferences(actorScopeOf(ctx), input);
  revalidatePath("/account");
  return { ok: true };
});
