"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { configuredSsoProviders } from "@/lib/auth/providers-info";
import { getOrganizationSettings, updateOrganizationSettings } from "@/lib/organizations/settings";
import { parseTopicLines } from "@/lib/organizations/topics";
import { organizationSettingsSchema } from "./schema";

export const saveOrganizationSettings = authorizedAction(organizationSettingsSchema, "organization.settings", async (input, ctx): Promise<ActionResult> => {
  const scope = { organizationId: ctx.current.organizationId, userId: ctx.userId, actorMembershipId: ctx.current.membershipId };
  if (input.ssoProvider && !configuredSsoProviders().some((p) => p.id === input.ssoProvider)) {
    return { ok: false, error: "invalid", fieldErrors: { ssoProvider: "invalid" } };
  }
  if (input.ssoProvider && !input.ssoTenantId) return { ok: false, error: "invalid", fieldErrors: { ssoTenantId: "required" } };
  const current = await getOrganizationSettings(scope);
  const { topics, errors } = parseTopicLines(input.topics, current.topics);
  if (errors.length > 0) return { ok: false, error: "invalid", fieldErrors: { topics: "topicLines" } };
  await updateOrganizationSettings(scope, { ...input, topics });
  revalidatePath("/", "layout");
  return { ok: true };
});
