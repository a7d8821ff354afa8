import type { Provider } from "next-auth/providers";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import type { EmailConfig } from "next-auth/providers/email";
import { normalizeEmail } from "./email-address";
import { sendMagicLink } from "./magic-link";

export { configuredSsoProviders, type SsoProviderInfo } from "./providers-info";

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

function emailProvider(): EmailConfig {
  return {
    id: "email",
    type: "email",
    name: "Email",
    maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
    options: {},
    normalizeIdentifier: (identifier) => {
      const email = normalizeEmail(identifier);
      if (!email) throw new Error("Invalid email address");
      return email;
    },
    sendVerificationRequest: sendMagicLink,
  };
}

export function buildProviders(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const providers: Provider[] = [emailProvider()];
  if (env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET) {
    providers.push(
      MicrosoftEntraID({
        clientId: env.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: env.AUTH_MICROSOFT_ENTRA_ID_ISSUER || undefined,
        // No profile photo from Microsoft Graph: Kring needs none, and it saves a call per sign-in.
        profile: (profile) => ({ id: profile.sub, name: profile.name, email: profile.email ?? profile.preferred_username }),
      }),
    );
  }
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    providers.push({
      id: "oidc",
      name: env.AUTH_OIDC_NAME || "SSO",
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_ID,
      clientSecret: env.AUTH_OIDC_SECRET,
      checks: ["pkce", "state", "nonce"],
    });
  }
  return providers;
}
