"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { moveParticipant, setGroupFacilitator } from "@/lib/codevelopment/formation/edit-proposal";
import { allowRotatingFacilitation, appointFacilitator, changeGroupSize } from "@/lib/codevelopment/formation/fix-rules";
import { addToPublishedGroup } from "@/lib/codevelopment/formation/late-placement";
import { publishGroups } from "@/lib/codevelopment/formation/publish-groups";
import { runGroupFormation } from "@/lib/codevelopment/formation/run-formation";
import { addToGroupSchema, appointFacilitatorSchema, formationProgrammeSchema, groupSizeSchema, moveParticipantSchema, setFacilitatorSchema } from "@/lib/codevelopment/schemas";

const refresh = (programmeId: string) => revalidatePath(`/admin/programmes/${programmeId}/groups`);
// The programme's own page shows the settings these change, and its warnings.
const refreshProgramme = (programmeId: string) => revalidatePath(`/admin/programmes/${programmeId}`);

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

export const appointFacilitatorAction = authorizedAction(appointFacilitatorSchema, "programmes.manage", async (input, ctx) => {
  await appointFacilitator(actorScopeOf(ctx), input);
  refresh(input.programmeId);
  refreshProgramme(input.programmeId);
});

export const allowRotatingAction = authorizedAction(formationProgrammeSchema, "programmes.manage", async ({ programmeId }, ctx) => {
  await allowRotatingFacilitation(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
  refreshProgramme(programmeId);
});

export const changeGroupSizeAction = authorizedAction(groupSizeSchema, "programmes.manage", async (input, ctx) => {
  await changeGroupSize(actorScopeOf(ctx), input);
  refresh(input.programmeId);
  refreshProgramme(input.programmeId);
});

export const addToGroupAction = authorizedAction(addToGroupSchema, "programmes.manage", async (input, ctx) => {
  await addToPublishedGroup(actorScopeOf(ctx), input);
  refresh(input.programmeId);
  revalidatePath("/groups");
});

export const publishGroupsAction = authorizedAction(formationProgrammeSchema, "programmes.manage", async ({ programmeId }, ctx) => {
  await publishGroups(actorScopeOf(ctx), programmeId);
  refresh(programmeId);
  revalidatePath("/groups");
});
