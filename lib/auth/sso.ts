import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { accounts, memberships, organizations, users } from "@/db/schema";

type AttachOptions = { userId: string; email: string | null; name: string | null; provider: string; profile: Record<string, unknown> };

/** The tenant an SSO sign-in comes from: Entra's directory id, or the issuer of a generic OIDC provider. */
export function ssoTenantOf(provider: string, profile: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): string | null {
  if (provider === "microsoft-entra-id") return typeof profile.tid === "string" ? profile.tid : null;
  if (provider === "oidc") return env.AUTH_OIDC_ISSUER ?? null;
  return null;
}

/** Whether an organisation has mapped this SSO tenant: sign-ins from anywhere else are refused. */
export async function isMappedSsoTenant(provider: string, profile: Record<string, unknown>): Promise<boolean> {
  const tenant = ssoTenantOf(provider, profile);
  if (!tenant) return false;
  const [org] = await getDb()
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.ssoProvider, provider), eq(organizations.ssoTenantId, tenant)))
    .limit(1);
  return Boolean(org);
}

/**
 * Whether the provider vouches for the address: OIDC's email_verified, or Entra's xms_edov (the address's
 * domain is verified by the tenant). An unverified address is never used to pick up an invitation.
 */
export function isVerifiedEmailClaim(profile: Record<string, unknown>): boolean {
  return profile.email_verified === true || profile.xms_edov === true || profile.xms_edov === "1";
}

/**
 * Puts a person who signed in through SSO into the organisation that an admin mapped to their tenant
 * (SECURITY.md rule 7). The person is identified by the provider's subject (the accounts row); the address
 * is only used to pick up an invitation that this same organisation sent.
 */
export async function attachSsoMembership(options: AttachOptions): Promise<string | null> {
  const tenant = ssoTenantOf(options.provider, options.profile);
  if (!tenant) return null;
  const db = getDb();
  return db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.ssoProvider, options.provider), eq(organizations.ssoTenantId, tenant)))
      .limit(1);
    if (!org) return null;
    const [own] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, options.userId)))
      .limit(1);
    if (!own) {
      const invited = options.email && isVerifiedEmailClaim(options.profile)
        ? await tx
            .update(memberships)
            .set({ userId: options.userId, status: "active" })
            .where(
              and(eq(memberships.organizationId, org.id), eq(memberships.email, options.email), isNull(memberships.userId), eq(memberships.status, "invited")),
            )
            .returning({ id: memberships.id })
        : [];
      if (invited.length === 0 && options.email) {
        await tx
          .insert(memberships)
          .values({ organizationId: org.id, userId: options.userId, email: options.email, name: options.name ?? options.email, status: "active" })
          .onConflictDoNothing();
      }
    }
    await tx.update(users).set({ currentOrganizationId: org.id }).where(eq(users.id, options.userId));
    return org.id;
  });
}

/**
 * An admin may map their organisation only to an SSO tenant they have signed in from themselves: tenant
 * ids are not secret, and a mapping claims every person of that tenant (issue review, SECURITY.md rule 7).
 */
export async function hasSignedInFromTenant(userId: string, provider: string, tenantId: string): Promise<boolean> {
  const rows = await getDb()
    .select({ idToken: accounts.id_token })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.provider, provider)));
  return rows.some((row) => ssoTenantOf(provider, claimsOf(row.idToken)) === tenantId);
}

/** The claims of a stored ID token (its signature was checked by Auth.js when it arrived). */
function claimsOf(idToken: string | null): Record<string, unknown> {
  const payload = idToken?.split(".")[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}
