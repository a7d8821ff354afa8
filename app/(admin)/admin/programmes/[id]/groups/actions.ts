"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { moveParticipant, setGroupFacilitator } from "@/lib/codevelopment/formation/edit-proposal";
import { publishGroups } from "@/lib/codevelopment/formation/publish-groups";
import { runGroupFormation } from "@/lib/codevelopment/formation/run-formation";

const programme = z.object({ programmeId: z.uuid() });
/** A select's empty choice ("outside the groups", "no facilitator") posts "". */
const optionalId = z.union([z.literal("").transform(() => null), z.uuid()]);
const refresh = (programmeId: string) => revalidatePath(`/admin/programmes/${programmeId}/groups`);

export const formGroupsAction = authorizedAction(programme, "programmes.manage", async ({ programmeId }, ctx) => {
  await runGroupFormation(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
});

export const moveParticipantAction = authorizedAction(
  programme.extend({ membershipId: z.uuid(), toGroupId: optionalId }),
  "programmes.manage",
  async (input, ctx) => {
    await moveParticipant(actorScopeOf(ctx), input);
    refresh(input.programmeId);
  },
);

export const setFacilitatorAction = authorizedAction(
  programme.extend({ groupId: z.uuid(), membershipId: optionalId }),
  "programmes.manage",
  async (input, ctx) => {
    await setGroupFacilitator(actorScopeOf(ctx), input);
    refresh(input.programmeId);
  },
);

export const publishGroupsAction = authorizedAction(programme, "programmes.manage", async ({ programmeId }, ctx) => {
  await publishGroups(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
  revalidatePath("/groups");
});
