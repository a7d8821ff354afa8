"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { saveReflection, setStepDone } from "@/lib/tracks/participant";
import { reflectionSchema, setStepDoneSchema } from "@/lib/tracks/schemas";

// Thin actions over lib/tracks/participant.ts, which checks in its own transaction that the actor has an
// active enrolment in the programme and that the step is theirs to complete.

function refresh(programmeId: string) {
  revalidatePath(`/programmes/${programmeId}/track`);
  revalidatePath("/dashboard");
}

export const setTrackStepDoneAction = authorizedAction(setStepDoneSchema, "programmes.view", async (input, ctx) => {
  await setStepDone(actorScopeOf(ctx), input);
  refresh(input.programmeId);
  return { ok: true, message: input.done ? "markedDone" : "markedOpen" };
});

export const saveTrackReflectionAction = authorizedAction(reflectionSchema, "programmes.view", async (input, ctx) => {
  await saveReflection(actorScopeOf(ctx), input);
  refresh(input.programmeId);
  return { ok: true, message: "reflectionSaved" };
});
