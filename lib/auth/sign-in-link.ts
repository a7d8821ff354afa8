import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb, type Executor } from "@/db/client";
import { verificationTokens } from "@/db/schema";
import { now } from "@/lib/clock";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "./providers";

/**
 * A one-time sign-in URL for a person whose address was just proven another way (an invitation token
 * that travelled to that address). It is the same token Auth.js writes for a magic link — sha256 of the
 * token and AUTH_SECRET — so Auth.js's own email callback signs the person in and uses it up.
 */
export async function mintSignInPath(email: string, callbackPath: string, executor: Executor = getDb()): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  const token = randomBytes(32).toString("hex");
  await executor.insert(verificationTokens).values({
    identifier: email,
    token: createHash("sha256").update(`${token}${secret}`).digest("hex"),
    expires: new Date(now().getTime() + MAGIC_LINK_MAX_AGE_SECONDS * 1000),
  });
  return `/api/auth/callback/email?${new URLSearchParams({ callbackUrl: callbackPath, token, email })}`;
}
