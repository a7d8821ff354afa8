"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { asFormAction, publicAction } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/config";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { configuredSsoProviders } from "@/lib/auth/providers-info";
import { magicLinkSchema, ssoSignInSchema } from "@/lib/auth/schemas";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";

/** What the form reads of the answer: `error` under "auth.signIn.errors" (invalid, rateLimited, unexpected). */
export type SignInState = { ok: boolean; error?: string } | null;

const WINDOW_SECONDS = 15 * 60;

/** The address lib/security/client-address-hook.ts stamped on the request, as KRING_TRUSTED_PROXIES says. */
async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

/**
 * Asks for a magic link. The answer is the same whether or not the address belongs to anyone
 * (SECURITY.md rule 6): only the format and the rate limits can be told apart.
 */
export const requestMagicLink = publicAction(magicLinkSchema, async ({ email, next }) => {
  const allowed = await hitRateLimits([
    { key: `signin:email:${email}`, limit: 5, windowSeconds: WINDOW_SECONDS },
    { key: `signin:ip:${await clientIp()}`, limit: 30, windowSeconds: WINDOW_SECONDS },
  ]);
  if (!allowed) return { ok: false, error: "rateLimited" };
  await signIn("email", { email, redirect: false, redirectTo: next });
  redirect("/sign-in/check-email");
});

export const signInWithSso = asFormAction(
  publicAction(ssoSignInSchema, async ({ provider: id, next }) => {
    const provider = configuredSsoProviders().find((p) => p.id === id);
    if (!provider) redirect("/sign-in");
    await signIn(provider.id, { redirectTo: next });
  }),
);
