"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { createOwnMethod, deleteOwnMethod, updateOwnMethod } from "@/lib/codevelopment/custom-methods";
import { createMethodFormSchema, methodIdSchema, updateMethodFormSchema } from "@/lib/codevelopment/programme-schemas";

const LIBRARY_PATH = "/admin/methods";

export const createMethodAction = authorizedAction(createMethodFormSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await createOwnMethod(actorScopeOf(ctx), input);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=created`);
});

export const updateMethodAction = authorizedAction(updateMethodFormSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const { methodId: id, ...method } = input;
  await updateOwnMethod(actorScopeOf(ctx), id, method);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=updated`);
});

export const deleteMethodAction = authorizedAction(methodIdSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await deleteOwnMethod(actorScopeOf(ctx), input.methodId);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=deleted`);
});
