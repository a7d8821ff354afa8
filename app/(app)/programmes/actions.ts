"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { requireMember, type MemberContext } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { saveCodevEnrolment } from "@/lib/codevelopment/enrolment";
import { codevEnrolmentInputSchema } from "@/lib/codevelopment/schemas";
import { saveEnrolment, withdrawEnrolment } from "@/lib/programmes/enrolment";
import { enrolmentInputSchema, programmeIdSchema } from "@/lib/programmes/schemas";
import { searchAvoidCandidates, type MemberPerson } from "@/lib/programmes/member-view";
import { requestMentorSchema } from "@/lib/mentoring/schemas";
import { requestMentor } from "@/lib/mentoring/self-select";
import { hasControlCharacters } from "@/lib/validation/text";

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
export async function searchAvoidAction(query: string): Promise<MemberPerson[]> {
  // A control character (a NUL byte) cannot be in a name and would make PostgreSQL refuse the query.
  if (typeof query !== "string" || hasControlCharacters(query)) return [];
  let ctx: MemberContext;
  try {
    ctx = await requireMember("programmes.view");
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
  return searchAvoidCandidates(actorScopeOf(ctx), query);
}
