"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, authorizedSearch, type ActionResult } from "@/lib/auth/action";
import { inviteMember, resendInvitation } from "@/lib/members/invite";
import { searchManagerCandidates } from "@/lib/members/queries";
import { changeMemberRole, removeMember } from "@/lib/members/roles";
import { changeRoleSchema, inviteMemberSchema, managerSearchSchema, membershipIdSchema } from "@/lib/members/schemas";
import { memberScopeOf } from "@/lib/auth/actor";

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
export const searchManagersAction = authorizedSearch(managerSearchSchema, "members.invite", (query, ctx) => searchManagerCandidates(memberScopeOf(ctx), query));
