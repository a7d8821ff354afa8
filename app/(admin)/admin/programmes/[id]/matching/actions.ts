"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { breakMatch, setMatchPinned, swapMentors } from "@/lib/mentoring/proposal";
import { publishRun } from "@/lib/mentoring/publish-run";
import { runMatchingRound } from "@/lib/mentoring/run-round";

const programme = z.object({ programmeId: z.uuid() });
const refresh = (programmeId: string) => revalidatePath(`/admin/programmes/${programmeId}/matching`);

export const runMatchingAction = authorizedAction(programme, "programmes.manage", async ({ programmeId }, ctx) => {
  await runMatchingRound(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
});

export const pinMatchAction = authorizedAction(
  programme.extend({ matchId: z.uuid(), pinned: z.enum(["true", "false"]) }),
  "programmes.manage",
  async ({ programmeId, matchId, pinned }, ctx) => {
    await setMatchPinned(actorScopeOf(ctx), programmeId, matchId, pinned === "true");
    refresh(programmeId);
  },
);

export const breakMatchAction = authorizedAction(programme.extend({ matchId: z.uuid() }), "programmes.manage", async ({ programmeId, matchId }, ctx) => {
  await breakMatch(actorScopeOf(ctx), programmeId, matchId);
  refresh(programmeId);
});

export const swapMentorsAction = authorizedAction(
  programme.extend({ first: z.uuid(), second: z.uuid() }),
  "programmes.manage",
  async ({ programmeId, first, second }, ctx) => {
    await swapMentors(actorScopeOf(ctx), programmeId, first, second);
    refresh(programmeId);
  },
);

export const publishRunAction = authorizedAction(programme.extend({ runId: z.uuid() }), "programmes.manage", async ({ programmeId, runId }, ctx) => {
  await publishRun(actorScopeOf(ctx), programmeId, runId);
  refresh(programmeId);
});
