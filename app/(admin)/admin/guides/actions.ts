"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { createOwnGuide, deleteOwnGuide, updateOwnGuide } from "@/lib/conversations/own-guides";
import { createGuideFormSchema, guideIdSchema, updateGuideFormSchema } from "@/lib/conversations/schemas";

const LIBRARY_PATH = "/admin/guides";

export const createGuideAction = authorizedAction(createGuideFormSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await createOwnGuide(actorScopeOf(ctx), input);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=created`);
});

export const updateGuideAction = authorizedAction(updateGuideFormSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const { guideId: id, ...guide } = input;
  await updateOwnGuide(actorScopeOf(ctx), id, guide);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=updated`);
});

export const deleteGuideAction = authorizedAction(guideIdSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await deleteOwnGuide(actorScopeOf(ctx), input.guideId);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=deleted`);
});
