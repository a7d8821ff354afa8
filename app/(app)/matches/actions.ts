"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { acceptMatch, declineMatch } from "@/lib/mentoring/respond";
import { declineMatchSchema, matchIdSchema } from "@/lib/mentoring/schemas";

export const acceptMatchAction = authorizedAction(matchIdSchema, "matches.respond", async ({ matchId }, ctx) => {
  await acceptMatch(actorScopeOf(ctx), matchId);
  revalidatePath("/matches");
});

export const declineMatchAction = authorizedAction(declineMatchSchema, "matches.respond", async ({ matchId, reason, text }, ctx) => {
  await declineMatch(actorScopeOf(ctx), matchId, reason, text);
  revalidatePath("/matches");
});
