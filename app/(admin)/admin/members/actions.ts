"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { requireMember, type MemberContext } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { inviteMember, resendInvitation } from "@/lib/members/invite";
import { searchManagerCandidates, type ManagerCandidate } from "@/lib/members/queries";
import { changeMemberRole, removeMember } from "@/lib/members/roles";
import { memberScopeOf } from "@/lib/auth/actor";
import { hasControlCharacters } from "@/lib/validation/text";
import { changeRoleSchema, inviteMemberSchema, membershipIdSchema } from "./schema";

const MEMBERS_PATH = "/admin/members";

export const changeRoleAction = authorizedAction(changeRoleSchema, "members.changeRole", async (input, ctx): Promise<ActionResult> => {
  await changeMemberRole(memberScopeOf(ctx), input);
  revalidatePath(MEMBERS_PATH);
  return { ok: true, message: "roleChanged" };
});

export const removeMemberAction = authorizedAction(membershipIdSchema, "members.changeRole", async (input, ctx): Promise<ActionResult> => {
  await removeMember(memberScopeOf(ctx), input.membershipId);
  revalidatePath(MEMBERS_PATH);
  return { ok: true };
});

export const resendInvitationAction = authorizedAction(membershipIdSchema, "members.invite", async (input, ctx): Promise<ActionResult> => {
  await resendInvitation(memberScopeOf(ctx), input.membershipId);
  return { ok: true, message: "resent" };
});

export const inviteMemberAction = authorizedAction(inviteMemberSchema, "members.invite", async (input, ctx): Promise<ActionResult> => {
  const result = await inviteMember(memberScopeOf(ctx), input);
  if (!result.ok) return { ok: false, error: "invalid", fieldErrors: { [result.field]: result.error } };
  revalidatePath(MEMBERS_PATH);
  return { ok: true, message: result.reinvited ? "reinvited" : "invited" };
});

/** The manager picker's suggestions; an empty list for anyone who may not invite. */
export async function searchManagersAction(query: string): Promise<ManagerCandidate[]> {
  // A control character (a NUL byte) cannot be in a name and would make PostgreSQL refuse the query.
  if (typeof query !== "string" || hasControlCharacters(query)) return [];
  let ctx: MemberContext;
  try {
    ctx = await requireMember("members.invite");
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
  return searchManagerCandidates(memberScopeOf(ctx), query);
}
