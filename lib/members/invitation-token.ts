import { appLink } from "@/lib/env";
import { hashSecretToken, isSecretTokenShape, randomSecretToken } from "@/lib/security/secret-token";
import { now } from "@/lib/clock";

export const INVITATION_VALID_DAYS = 14;

export type InvitationToken = { token: string; tokenHash: string; expiresAt: Date };

/** 32 random bytes; only the sha256 is stored, the token itself travels in the email only. */
export function createInvitationToken(): InvitationToken {
  const token = randomSecretToken();
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now().getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000) };
}

export function hashInvitationToken(token: string): string {
  return hashSecretToken(token);
}

/** A plausible token from a URL segment: anything else is refused before it reaches the database. */
export function isInvitationTokenShape(token: string): boolean {
  return isSecretTokenShape(token);
}

/**
 * The absolute link for the email. Emails are written by requests and by the worker alike, so the
 * origin comes from the environment (AUTH_URL, which Auth.js uses too), not from a request.
 */
export function invitationUrl(token: string, env: NodeJS.ProcessEnv = process.env): string {
  return appLink(`/invite/${token}`, env);
}
