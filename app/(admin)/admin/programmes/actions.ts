"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { chooseProgrammeMethod, createCodevProgramme, saveProgrammeSteps, updateCodevProgramme } from "@/lib/codevelopment/programme-admin";
import { chooseMethodSchema, codevProgrammeInputSchema, codevProgrammeUpdateSchema, programmeStepsFormSchema } from "@/lib/codevelopment/programme-schemas";
import { createMentoringProgramme, updateMentoringProgramme } from "@/lib/mentoring/programme-admin";
import { programmeFormSchema, programmeUpdateFormSchema } from "@/lib/mentoring/programme-schemas";
import { programmeTransitionSchema } from "@/lib/programmes/schemas";
import { changeProgrammeStatus } from "@/lib/programmes/status";

const LIST_PATH = "/admin/programmes";

export const createProgrammeAction = authorizedAction(programmeFormSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const id = await createMentoringProgramme(actorScopeOf(ctx), input);
  revalidatePath(LIST_PATH);
  redirect(`${LIST_PATH}/${id}?created=1`);
});

export const updateProgrammeAction = authorizedAction(programmeUpdateFormSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const { programmeId, ...rest } = input;
  await updateMentoringProgramme(actorScopeOf(ctx), programmeId, rest);
  revalidatePath(LIST_PATH, "layout");
  revalidatePath("/programmes", "layout");
  return { ok: true };
});

export const changeProgrammeStatusAction = authorizedAction(programmeTransitionSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await changeProgrammeStatus(actorScopeOf(ctx), input.programmeId, input.transition);
  revalidatePath(LIST_PATH, "layout");
  revalidatePath("/programmes", "layout");
  return { ok: true, message: input.transition };
});

export const createCodevProgrammeAction = authorizedAction(codevProgrammeInputSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const id = await createCodevProgramme(actorScopeOf(ctx), input);
  revalidatePath(LIST_PATH);
  redirect(`${LIST_PATH}/${id}?created=1`);
});

export const updateCodevProgrammeAction = authorizedAction(codevProgrammeUpdateSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  const { programmeId, ...rest } = input;
  await updateCodevProgramme(actorScopeOf(ctx), programmeId, rest);
  revalidatePath(LIST_PATH, "layout");
  revalidatePath("/programmes", "layout");
  return { ok: true };
});

export const chooseCodevMethodAction = authorizedAction(chooseMethodSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await chooseProgrammeMethod(actorScopeOf(ctx), input.programmeId, input.methodKey);
  revalidatePath(`${LIST_PATH}/${input.programmeId}`);
  revalidatePath("/admin/methods");
  return { ok: true, message: "methodChosen" };
});

export const saveCodevStepsAction = authorizedAction(programmeStepsFormSchema, "programmes.manage", async (input, ctx): Promise<ActionResult> => {
  await saveProgrammeSteps(actorScopeOf(ctx), input);
  revalidatePath(`${LIST_PATH}/${input.programmeId}`);
  return { ok: true, message: "stepsSaved" };
});
