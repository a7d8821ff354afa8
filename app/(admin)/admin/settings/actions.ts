"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction, type ActionResult } from "@/lib/auth/action";
import { actorScopeOf } from "@/lib/auth/actor";
import { configuredSsoProviders } from "@/lib/auth/providers-info";
import { hasSignedInFromTenant } from "@/lib/auth/sso";
import { getOrganizationSettings, updateOrganizationSettings } from "@/lib/organizations/settings";
import { parseTopicLines } from "@/lib/organizations/topics";
import { organizationSettingsSchema } from "@/lib/organizations/schemas";

export const saveOrganizationSettings = authorizedAction(organizationSettingsSchema, "organization.settings", async (input, ctx): Promise<ActionResult> => {
  const scope = actorScopeOf(ctx);
  const current = await getOrganizationSettings(scope);
  // Without a provider configured the form has no SSO fields: keep the mapping as it is.
  const sso = configuredSsoProviders().length === 0 ? { ssoProvider: current.ssoProvider, ssoTenantId: current.ssoTenantId } : { ssoProvider: input.ssoProvider, ssoTenantId: input.ssoTenantId };
  const ssoChanged = sso.ssoProvider !== current.ssoProvider || sso.ssoTenantId !== current.ssoTenantId;
  if (ssoChanged && sso.ssoProvider) {
    if (!configuredSsoProviders().some((p) => p.id === sso.ssoProvider)) return { ok: false, error: "invalid", fieldErrors: { ssoProvider: "invalid" } };
    if (!sso.ssoTenantId) return { ok: false, error: "invalid", fieldErrors: { ssoTenantId: "required" } };
    if (!(await hasSignedInFromTenant(ctx.userId, sso.ssoProvider, sso.ssoTenantId))) {
      return { ok: false, error: "invalid", fieldErrors: { ssoTenantId: "ssoNotYours" } };
    }
  }
  const { topics, errors } = parseTopicLines(input.topics, current.topics);
  if (errors.length > 0) return { ok: false, error: "invalid", fieldErrors: { topics: "topicLines" } };
  await updateOrganizationSettings(scope, { ...input, ...sso, topics });
  revalidatePath("/", "layout");
  return { ok: true };
});
