import { lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits, sessions, verificationTokens } from "@/db/schema";

/** Rate-limit windows are minutes long; a day-old counter can never count again. */
const RATE_LIMIT_KEEP_MS = 24 * 60 * 60 * 1000;
/** An expired sign-in link is kept a day, so that opening it late still says "expired" rather than "unknown". */
const TOKEN_KEEP_MS = 24 * 60 * 60 * 1000;

export type PurgeResult = { rateLimits: number; sessions: number; verificationTokens: number };

/**
 * Removes what can never be used again: expired sign-ins, sign-in links a day after they expired, and old
 * rate-limit counters. Neither personal data nor anything a figure needs: those tables only hold secrets
 * and counters. Runs daily on the owner's connection (queue "maintenance.purge").
 */
export async function purgeExpired(at: Date): Promise<PurgeResult> {
  const db = getDb();
  const [limits, signIns, tokens] = await Promise.all([
    db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(at.getTime() - RATE_LIMIT_KEEP_MS))).returning({ key: rateLimits.key }),
    db.delete(sessions).where(lt(sessions.expires, at)).returning({ token: sessions.sessionToken }),
    db.delete(verificationTokens).where(lt(verificationTokens.expires, new Date(at.getTime() - TOKEN_KEEP_MS))).returning({ token: verificationTokens.token }),
  ]);
  return { rateLimits: limits.length, sessions: signIns.length, verificationTokens: tokens.length };
}
