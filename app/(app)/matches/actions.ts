"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { acceptMatch, declineMatch, declineReasons, DECLINE_TEXT_MAX } from "@/lib/mentoring/respond";
import { multiLineText } from "@/lib/validation/text";

const match = z.object({ matchId: z.uuid() });

export const acceptMatchAction = authorizedAction(match, "matches.respond", async ({ matchId }, ctx) => {
  await acceptMatch(actorScopeOf(ctx), matchId);
  revalidatePath("/matches");
});

export const declineMatchAction = authorizedAction(
  match.extend({
    reason: z.enum(declineReasons, { error: "errors.invalidOption" }),
    text: multiLineText().max(DECLINE_TEXT_MAX, { error: "errors.tooLong" }).optional(),
  }),
  "matches.respond",
  async ({ matchId, reason, text }, ctx) => {
    await declineMatch(actorScopeOf(ctx), matchId, reason, text ?? null);
    revalidatePath("/matches");
  },
);
