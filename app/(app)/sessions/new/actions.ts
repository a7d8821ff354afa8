"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { memberScopeOf } from "@/lib/auth/actor";
import { createSeries } from "@/lib/scheduling/create-series";
import { proposeSlots, searchPlannableMembers, type PlannableMember, type SlotProposal } from "@/lib/scheduling/plan-queries";
import { createSeriesSchema, memberSearchSchema, proposeSlotsSchema } from "./schema";

/** The participant search of the planner; a public endpoint like every action, so it authorises itself. */
export async function searchPlannableMembersAction(query: unknown): Promise<PlannableMember[]> {
  const parsed = memberSearchSchema.safeParse(query);
  if (!parsed.success) return [];
  try {
    const ctx = await requireMember("sessions.schedule");
    return await searchPlannableMembers(memberScopeOf(ctx), parsed.data);
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
}

export type ProposeSlotsResult = { ok: true; proposal: SlotProposal } | { ok: false; error: string };

/** The ranked slots of one week for the chosen people. */
export async function proposeSlotsAction(input: unknown): Promise<ProposeSlotsResult> {
  const parsed = proposeSlotsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  try {
    const ctx = await requireMember("sessions.schedule");
    return { ok: true, proposal: await proposeSlots(memberScopeOf(ctx), parsed.data) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.messageKey };
    throw error;
  }
}

/** Plans the series; the participants, the organiser and the organisation come from the session and the database. */
export const createSeriesAction = authorizedAction(createSeriesSchema, "sessions.schedule", async (input, ctx): Promise<ActionResult<{ count: number }>> => {
  const { sessionIds } = await createSeries(memberScopeOf(ctx), input);
  revalidatePath("/sessions");
  return { ok: true, data: { count: sessionIds.length } };
});
