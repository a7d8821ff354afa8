import { appLink } from "@/lib/env";
import { createHash, randomBytes } from "node:crypto";
import { now } from "@/lib/clock";

export const INVITATION_VALID_DAYS = 14;

export type InvitationToken = { token: string; tokenHash: string; expiresAt: Date };

/** 32 random bytes; only the sha256 is stored, the token itself travels in the email only. */
export function createInvitationToken(): InvitationToken {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now().getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A plausible token from a URL segment: anything else is refused before it reaches the database. */
export function isInvitationTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * The absolute link for the email. Emails are written by requests and by the worker alike, so the
 * origin comes from the environment (AUTH_URL, which Auth.js uses too), not from a request.
 */
export function invitationUrl(token: string, env: NodeJS.ProcessEnv = process.env): string {
  return appLink(`/invite/${token}`, env);
}
