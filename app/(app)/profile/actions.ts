"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { searchManagerCandidates, type ManagerOption } from "@/lib/profiles/queries";
import { updateOwnProfile } from "@/lib/profiles/update";
import { singleLineText } from "@/lib/validation/text";
import { updateProfileSchema } from "./schema";

/** The caller's own membership only: the scope comes from the session, the form holds no ids of it. */
export const saveProfileAction = authorizedAction(updateProfileSchema, "profile.editOwn", async (input, ctx): Promise<ActionResult> => {
  const result = await updateOwnProfile(ctx, input);
  if (!result.ok) return { ok: false, error: "invalid", fieldErrors: { [result.field]: result.reason } };
  revalidatePath("/profile");
  // The dashboard shows the completeness card.
  revalidatePath("/dashboard");
  return { ok: true };
});

const searchSchema = singleLineText().min(2).max(80);

/** The manager picker's look-up; a public endpoint like every action, so it authorises itself. */
export async function searchManagersAction(query: unknown): Promise<ManagerOption[]> {
  const parsed = searchSchema.safeParse(query);
  if (!parsed.success) return [];
  try {
    const ctx = await requireMember("profile.editOwn");
    return await searchManagerCandidates(ctx, parsed.data);
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
}
