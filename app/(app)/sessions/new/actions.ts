"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, authorizedQuery, authorizedSearch, type ActionResult } from "@/lib/auth/action";
import { memberScopeOf } from "@/lib/auth/actor";
import { createSeries } from "@/lib/scheduling/create-series";
import { proposeSlots, searchPlannableMembers } from "@/lib/scheduling/plan-queries";
import { createSeriesSchema, memberSearchSchema, proposeSlotsSchema } from "@/lib/scheduling/schemas";

/** The participant search of the planner: active members of the planner's own organisation. */
export const searchPlannableMembersAction = authorizedSearch(memberSearchSchema, "sessions.schedule", (query, ctx) => searchPlannableMembers(memberScopeOf(ctx), query));

/** The ranked slots of one week for the chosen people. */
export const proposeSlotsAction = authorizedQuery(proposeSlotsSchema, "sessions.schedule", (input, ctx) => proposeSlots(memberScopeOf(ctx), input));

/** Plans the series; the participants, the organiser and the organisation come from the session and the database. */
export const createSeriesAction = authorizedAction(createSeriesSchema, "sessions.schedule", async (input, ctx): Promise<ActionResult<{ count: number }>> => {
  const { sessionIds } = await createSeries(memberScopeOf(ctx), input);
  revalidatePath("/sessions");
  return { ok: true, data: { count: sessionIds.length } };
});
