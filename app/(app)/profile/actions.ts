"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, authorizedSearch, type ActionResult } from "@/lib/auth/action";
import { searchManagerCandidates } from "@/lib/profiles/queries";
import { managerSearchSchema, updateProfileSchema } from "@/lib/profiles/schemas";
import { updateOwnProfile } from "@/lib/profiles/update";

/** The caller's own membership only: the scope comes from the session, the form holds no ids of it. */
export const saveProfileAction = authorizedAction(updateProfileSchema, "profile.editOwn", async (input, ctx): Promise<ActionResult> => {
  const result = await updateOwnProfile(ctx, input);
  if (!result.ok) return { ok: false, error: "invalid", fieldErrors: { [result.field]: result.reason } };
  revalidatePath("/profile");
  // The dashboard shows the completeness card.
  revalidatePath("/dashboard");
  return { ok: true };
});

/** The manager picker's look-up: never the caller or anyone who reports to them. */
export const searchManagersAction = authorizedSearch(managerSearchSchema, "profile.editOwn", (query, ctx) => searchManagerCandidates(ctx, query));
