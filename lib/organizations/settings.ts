import "server-only";
import { eq } from "drizzle-orm";
import { auditEvents, organizations, type Locale, type Topic } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/db/errors";

export type OrganizationScope = MemberScope;

export type OrganizationSettings = {
  name: string;
  defaultLocale: Locale;
  timeZone: string;
  topics: Topic[];
  ssoProvider: string | null;
  ssoTenantId: string | null;
};

export async function getOrganizationSettings(scope: OrganizationScope): Promise<OrganizationSettings> {
  const [org] = await withActor(scope, "organization.settings", (tx) =>
    tx
      .select({
        name: organizations.name,
        defaultLocale: organizations.defaultLocale,
        timeZone: organizations.timeZone,
        topics: organizations.topics,
        ssoProvider: organizations.ssoProvider,
        ssoTenantId: organizations.ssoTenantId,
      })
      .from(organizations)
      .where(eq(organizations.id, scope.organizationId)),
  );
  if (!org) throw new AppError("not_found");
  return org;
}

/** The organisation comes from the session, never from the form; the admin role is checked again here. */
export async function updateOrganizationSettings(scope: OrganizationScope, input: OrganizationSettings): Promise<void> {
  await withActor(scope, "organization.settings", async (tx) => {
    await tx
      .update(organizations)
      .set({
        name: input.name,
        defaultLocale: input.defaultLocale,
        timeZone: input.timeZone,
        topics: input.topics,
        ssoProvider: input.ssoProvider,
        ssoTenantId: input.ssoProvider ? input.ssoTenantId : null,
      })
      .where(eq(organizations.id, scope.organizationId))
      .catch((error: unknown) => {
        // The unique index refuses an SSO tenant that another organisation already uses.
        if (isUniqueViolation(error)) throw new AppError("conflict", { message: "ssoTaken", cause: error });
        throw error;
      });
    await tx.insert(auditEvents).values({
      organizationId: scope.organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "organization.settings.updated",
      targetType: "organization",
      targetId: scope.organizationId,
      data: { sso: Boolean(input.ssoProvider), topics: input.topics.length },
    });
  });
}
