"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { manageScimTokenSchema } from "@/lib/scim/schemas";
import { issueScimToken, revokeScimToken } from "@/lib/scim/tokens";

export type ScimTokenView = { id: string; prefix: string; createdAt: string; lastUsedAt: string | null; createdByName: string | null };
export type ScimTokenAnswer = { token: string | null; status: ScimTokenView | null };

/** Makes, replaces or stops the organisation's SCIM token; a new token is in the answer, once. */
export const manageScimTokenAction = authorizedAction(manageScimTokenSchema, "organization.settings", async (input, ctx): Promise<ActionResult<ScimTokenAnswer>> => {
  const scope = actorScopeOf(ctx);
  if (input.intent === "revoke") {
    await revokeScimToken(scope, input.tokenId);
    revalidatePath("/admin/settings");
    return { ok: true, message: "revoked", data: { token: null, status: null } };
  }
  const { token, status } = await issueScimToken(scope, { replacesTokenId: input.intent === "rotate" ? input.tokenId : null });
  revalidatePath("/admin/settings");
  return {
    ok: true,
    data: { token, status: { ...status, createdAt: status.createdAt.toISOString(), lastUsedAt: status.lastUsedAt?.toISOString() ?? null } },
  };
});
