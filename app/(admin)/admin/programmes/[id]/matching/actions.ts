"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { breakMatch, pairByHand, setMatchPinned, swapMentors } from "@/lib/mentoring/proposal";
import { publishRun } from "@/lib/mentoring/publish-run";
import { runMatchingRound } from "@/lib/mentoring/run-round";
import { breakMatchSchema, pairByHandSchema, pinMatchSchema, publishRunSchema, roundProgrammeSchema, swapMentorsSchema } from "@/lib/mentoring/schemas";

const refresh = (programmeId: string) => revalidatePath(`/admin/programmes/${programmeId}/matching`);

export const runMatchingAction = authorizedAction(roundProgrammeSchema, "programmes.manage", async ({ programmeId }, ctx) => {
  await runMatchingRound(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
});

export const pinMatchAction = authorizedAction(pinMatchSchema, "programmes.manage", async ({ programmeId, matchId, pinned }, ctx) => {
  await setMatchPinned(actorScopeOf(ctx), programmeId, matchId, pinned);
  refresh(programmeId);
});

export const breakMatchAction = authorizedAction(breakMatchSchema, "programmes.manage", async ({ programmeId, matchId }, ctx) => {
  await breakMatch(actorScopeOf(ctx), programmeId, matchId);
  refresh(programmeId);
});

export const swapMentorsAction = authorizedAction(swapMentorsSchema, "programmes.manage", async ({ programmeId, first, second }, ctx) => {
  await swapMentors(actorScopeOf(ctx), programmeId, first, second);
  refresh(programmeId);
});

export const pairByHandAction = authorizedAction(pairByHandSchema, "programmes.manage", async ({ programmeId, menteeEnrolmentId, mentorEnrolmentId }, ctx) => {
  await pairByHand(actorScopeOf(ctx), programmeId, menteeEnrolmentId, mentorEnrolmentId);
  refresh(programmeId);
});

export const publishRunAction = authorizedAction(publishRunSchema, "programmes.manage", async ({ programmeId, runId }, ctx) => {
  await publishRun(actorScopeOf(ctx), programmeId, runId);
  refresh(programmeId);
});
