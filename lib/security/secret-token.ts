import { createHash, randomBytes } from "node:crypto";

// The app's secret links and keys (calendar feeds, invitations, SCIM bearer tokens) are 32 random bytes,
// and the database keeps only their sha256: a database leak reveals no working token. A sha256 suffices
// (no slow hash): the tokens carry 256 bits of randomness, nothing to guess.

/** 32 random bytes as base64url: 43 characters of [A-Za-z0-9_-]. */
export function randomSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The shape of `randomSecretToken`'s output: anything else is refused before it reaches the database. */
export function isSecretTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
