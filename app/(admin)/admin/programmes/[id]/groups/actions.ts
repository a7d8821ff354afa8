"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { moveParticipant, setGroupFacilitator } from "@/lib/codevelopment/formation/edit-proposal";
import { publishGroups } from "@/lib/codevelopment/formation/publish-groups";
import { runGroupFormation } from "@/lib/codevelopment/formation/run-formation";
import { formationProgrammeSchema, moveParticipantSchema, setFacilitatorSchema } from "@/lib/codevelopment/schemas";

const refresh = (programmeId: string) => revalidatePath(`/admin/programmes/${programmeId}/groups`);

export const formGroupsAction = authorizedAction(formationProgrammeSchema, "programmes.manage", async ({ programmeId }, ctx) => {
  await runGroupFormation(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
});

export const moveParticipantAction = authorizedAction(moveParticipantSchema, "programmes.manage", async (input, ctx) => {
  await moveParticipant(actorScopeOf(ctx), input);
  refresh(input.programmeId);
});

export const setFacilitatorAction = authorizedAction(setFacilitatorSchema, "programmes.manage", async (input, ctx) => {
  await setGroupFacilitator(actorScopeOf(ctx), input);
  refresh(input.programmeId);
});

export const publishGroupsAction = authorizedAction(formationProgrammeSchema, "programmes.manage", async ({ programmeId }, ctx) => {
  await publishGroups(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
  revalidatePath("/groups");
});
