export type SsoProviderInfo = { id: string; name: string; origin: string };

/** Single sign-on is switched on by environment variables only (SECURITY.md rule 7). */
export function configuredSsoProviders(env: NodeJS.ProcessEnv = process.env): SsoProviderInfo[] {
  const list: SsoProviderInfo[] = [];
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET) {
    const issuer = env.AUTH_MICROSOFT_ENTRA_ID_ISSUER || "https://login.microsoftonline.com/common/v2.0";
    list.push({ id: "microsoft-entra-id", name: "Microsoft", origin: new URL(issuer).origin });
  }
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    list.push({ id: "oidc", name: env.AUTH_OIDC_NAME || "SSO", origin: new URL(env.AUTH_OIDC_ISSUER).origin });
  }
  return list;
}
