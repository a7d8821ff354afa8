"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { normalizeEmail } from "@/lib/auth/email-address";
import { hitRateLimits } from "@/lib/auth/rate-limit";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { configuredSsoProviders } from "@/lib/auth/providers-info";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";

export type SignInState = { error?: "invalidEmail" | "rateLimited" } | null;

const WINDOW_SECONDS = 15 * 60;

/** The address lib/security/client-address-hook.ts stamped on the request, as KRING_TRUSTED_PROXIES says. */
async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

/**
 * Asks for a magic link. The answer is the same whether or not the address belongs to anyone
 * (SECURITY.md rule 6): only the format and the rate limits can be told apart.
 */
export async function requestMagicLink(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = normalizeEmail(formData.get("email"));
  if (!email) return { error: "invalidEmail" };
  const allowed = await hitRateLimits([
    { key: `signin:email:${email}`, limit: 5, windowSeconds: WINDOW_SECONDS },
    { key: `signin:ip:${await clientIp()}`, limit: 30, windowSeconds: WINDOW_SECONDS },
  ]);
  if (!allowed) return { error: "rateLimited" };
  await signIn("email", { email, redirect: false, redirectTo: safeNextPath(formData.get("next")) });
  redirect("/sign-in/check-email");
}

export async function signInWithSso(formData: FormData): Promise<void> {
  const provider = configuredSsoProviders().find((p) => p.id === formData.get("provider"));
  if (!provider) redirect("/sign-in");
  await signIn(provider.id, { redirectTo: safeNextPath(formData.get("next")) });
}
