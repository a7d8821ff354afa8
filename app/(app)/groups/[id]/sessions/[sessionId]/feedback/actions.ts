"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { giveFeedback } from "@/lib/codevelopment/feedback";
import { feedbackSchema } from "@/lib/codevelopment/schemas";

/** Once per person and session; the data layer checks the group, the session being over and attendance. */
export const giveFeedbackAction = authorizedAction(feedbackSchema, "sessions.view", async (input, ctx) => {
  await giveFeedback(actorScopeOf(ctx), input);
  revalidatePath(`/groups/${input.groupId}/sessions/${input.sessionId}/feedback`);
});
