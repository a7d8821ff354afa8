import NextAuth from "next-auth";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { buildProviders } from "./providers";
import { safeRedirect } from "./safe-redirect";
import { attachSsoMembership, isMappedSsoTenant } from "./sso";

// A lazy config: DrizzleAdapter needs the real drizzle instance, which needs DATABASE_URL at request time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  providers: buildProviders(),
  trustHost: true,
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  callbacks: {
    // SSO only for tenants an organisation has mapped: no account is created for anyone else.
    signIn: async ({ account, profile }) => (account?.type === "oidc" ? isMappedSsoTenant(account.provider, profile ?? {}) : true),
    session: ({ session, user }) => ({ ...session, user: { ...session.user, id: user.id } }),
    redirect: ({ url, baseUrl }) => safeRedirect(url, baseUrl),
  },
  events: {
    signIn: async ({ user, account, profile }) => {
      if (account?.type === "oidc" && user.id) {
        await attachSsoMembership({ userId: user.id, email: user.email ?? null, name: user.name ?? null, provider: account.provider, profile: profile ?? {} });
      }
    },
  },
}));
