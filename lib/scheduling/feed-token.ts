import { appLink } from "@/lib/env";
import { hashSecretToken, isSecretTokenShape, randomSecretToken } from "@/lib/security/secret-token";

// A private calendar feed is reached by its link alone (calendar apps cannot sign in), so the link holds
// 32 random bytes and the database only their sha256: a database leak reveals no working link.

export function createFeedToken(): { token: string; tokenHash: string } {
  const token = randomSecretToken();
  return { token, tokenHash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return hashSecretToken(token);
}

/** A plausible token: anything else is refused before it reaches the database. */
export function isFeedTokenShape(token: string): boolean {
  return isSecretTokenShape(token);
}

export function feedUrl(token: string): string {
  return appLink(`/calendar/${token}.ics`);
}
