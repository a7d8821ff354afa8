import { createHash, randomBytes } from "node:crypto";
import { appLink } from "@/lib/env";

// A private calendar feed is reached by its link alone (calendar apps cannot sign in), so the link holds
// 32 random bytes and the database only their sha256: a database leak reveals no working link.

export function createFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A plausible token: anything else is refused before it reaches the database. */
export function isFeedTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function feedUrl(token: string): string {
  return appLink(`/calendar/${token}.ics`);
}
