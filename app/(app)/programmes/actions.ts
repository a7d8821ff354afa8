"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, authorizedSearch, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { saveCodevEnrolment } from "@/lib/codevelopment/enrolment";
import { codevEnrolmentInputSchema } from "@/lib/codevelopment/schemas";
import { saveEnrolment } from "@/lib/mentoring/enrolment";
import { searchAvoidCandidates } from "@/lib/mentoring/member-view";
import { avoidSearchSchema, enrolmentInputSchema } from "@/lib/mentoring/programme-schemas";
import { withdrawEnrolment } from "@/lib/programmes/enrolment";
import { programmeIdSchema } from "@/lib/programmes/schemas";
import { requestMentorSchema } from "@/lib/mentoring/schemas";
import { requestMentor } from "@/lib/mentoring/self-select";

export const saveEnrolmentAction = authorizedAction(enrolmentInputSchema, "programmes.view", async (input, ctx): Promise<ActionResult> => {
  const outcome = await saveEnrolment(actorScopeOf(ctx), input);
  revalidatePath("/programmes", "layout");
  return { ok: true, message: outcome };
});

/** Co-development: as participant or volunteer facilitator, with the group charter agreed. */
export const saveCodevEnrolmentAction = authorizedAction(codevEnrolmentInputSchema, "programmes.view", async (input, ctx): Promise<ActionResult> => {
  const outcome = await saveCodevEnrolment(actorScopeOf(ctx), input);
  revalidatePath("/programmes", "layout");
  return { ok: true, message: outcome };
});

export const withdrawEnrolmentAction = authorizedAction(programmeIdSchema, "programmes.view", async (input, ctx): Promise<ActionResult> => {
  await withdrawEnrolment(actorScopeOf(ctx), input.programmeId);
  revalidatePath("/programmes", "layout");
  return { ok: true, message: "withdrawn" };
});

/** Self-select mode: the mentee asks one of their suggested mentors (re-checked under the programme's lock). */
export const requestMentorAction = authorizedAction(requestMentorSchema, "programmes.view", async (input, ctx): Promise<ActionResult> => {
  await requestMentor(actorScopeOf(ctx), input.programmeId, input.mentorEnrolmentId);
  revalidatePath("/programmes", "layout");
  revalidatePath("/matches");
  return { ok: true, message: "requested" };
});

/** The "rather not matched with" picker's suggestions; an empty list for anyone without a session. */
export const searchAvoidAction = authorizedSearch(avoidSearchSchema, "programmes.view", (query, ctx) => searchAvoidCandidates(actorScopeOf(ctx), query));
