import Provider from "oidc-provider";

/**
 * A real OpenID Connect provider for the SSO end-to-end test (the oidc-provider package, with its
 * development login form: any login name signs in, and becomes the subject).
 */
const port = Number(process.env.E2E_OIDC_PORT ?? 3198);
const appUrl = process.env.E2E_APP_URL ?? "http://localhost:3100";

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: "kring-e2e",
      client_secret: "kring-e2e-secret",
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  scopes: ["openid", "email", "profile"],
  pkce: { required: () => true },
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return { sub, email: `${sub}@sso.kring.test`, email_verified: true, name: `SSO ${sub}` };
      },
    };
  },
  // Put the email and name in the ID token, as Entra ID does, instead of only at the userinfo endpoint.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
});
// Development interactions would otherwise refuse to run without TLS in front of them.
provider.proxy = true;

provider.listen(port, () => console.log(`[oidc] listening on http://localhost:${port}`));
