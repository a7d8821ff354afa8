"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { createOwnMethod, deleteOwnMethod, updateOwnMethod } from "@/lib/codevelopment/custom-methods";
import { nestFields, ownMethodSchema } from "@/lib/programmes/codev-input";

const LIBRARY_PATH = "/admin/methods";
const methodId = z.uuid("errors.not_found");

export const createMethodAction = authorizedAction(z.preprocess(nestFields, ownMethodSchema), "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await createOwnMethod(actorScopeOf(ctx), input);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=created`);
});

export const updateMethodAction = authorizedAction(z.preprocess(nestFields, ownMethodSchema.extend({ methodId })), "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const { methodId: id, ...method } = input;
  await updateOwnMethod(actorScopeOf(ctx), id, method);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=updated`);
});

export const deleteMethodAction = authorizedAction(z.object({ methodId }), "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await deleteOwnMethod(actorScopeOf(ctx), input.methodId);
  revalidatePath(LIBRARY_PATH);
  redirect(`${LIBRARY_PATH}?done=deleted`);
});
