import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { eq, inArray, like } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { rateLimits, sessions, users, verificationTokens } from "@/db/schema";
import { purgeExpired } from "./purge";

afterAll(() => closeDb());

const HOUR = 3_600_000;

describe("the nightly purge", () => {
  it("removes expired sign-ins, sign-in links a day after they expired, and old rate-limit counters; keeps the rest", async () => {
    const db = getDb();
    const tag = randomBytes(4).toString("hex");
    const at = new Date();
    const [user] = await db.insert(users).values({ email: `purge-${tag}@example.test`, name: "p" }).returning({ id: users.id });
    await db.insert(sessions).values([
      { sessionToken: `expired-${tag}`, userId: user.id, expires: new Date(at.getTime() - HOUR) },
      { sessionToken: `live-${tag}`, userId: user.id, expires: new Date(at.getTime() + HOUR) },
    ]);
    await db.insert(verificationTokens).values([
      { identifier: `purge-${tag}`, token: `old-${tag}`, expires: new Date(at.getTime() - 25 * HOUR) },
      { identifier: `purge-${tag}`, token: `recent-${tag}`, expires: new Date(at.getTime() - HOUR) },
      { identifier: `purge-${tag}`, token: `open-${tag}`, expires: new Date(at.getTime() + HOUR) },
    ]);
    await db.insert(rateLimits).values([
      { key: `purge:${tag}`, windowStart: new Date(at.getTime() - 48 * HOUR), count: 3 },
      { key: `purge:${tag}`, windowStart: new Date(at.getTime() - HOUR), count: 1 },
    ]);

    const result = await purgeExpired(at);

    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect((await db.select().from(sessions).where(eq(sessions.userId, user.id))).map((s) => s.sessionToken)).toEqual([`live-${tag}`]);
    const tokens = await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, `purge-${tag}`));
    expect(tokens.map((t) => t.token).sort()).toEqual([`open-${tag}`, `recent-${tag}`]);
    const limits = await db.select().from(rateLimits).where(like(rateLimits.key, `purge:${tag}`));
    expect(limits.map((l) => l.count)).toEqual([1]);
    await db.delete(users).where(inArray(users.id, [user.id]));
  });
});
