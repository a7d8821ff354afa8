import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { getProducer } from "@/lib/jobs/boss";
import { enqueueEmail } from "./enqueue";

// Integration test: DATABASE_URL is a fresh, migrated database with pg-boss's schema (tests/global-setup.ts).

afterAll(async () => {
  await (await getProducer()).stop({ graceful: false, wait: true });
  (globalThis as { __kringBoss?: unknown }).__kringBoss = undefined;
  await closeDb();
});

const uniqueAddress = () => `enqueue-${randomUUID()}@example.com`;

async function jobCount(id: string): Promise<number> {
  const rows = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where id = ${id}`);
  return rows[0].n;
}

describe("enqueueEmail", () => {
  it("writes nothing, neither message nor job, when the caller's transaction rolls back", async () => {
    const key = `rollback:${randomUUID()}`;
    const written: (string | null)[] = [];
    await expect(
      getDb().transaction(async (tx) => {
        written.push(await enqueueEmail(tx, { template: "magic-link", to: uniqueAddress(), locale: "en", props: { url: "http://localhost:3000/x" }, idempotencyKey: key }));
        throw new Error("the change that caused the email failed");
      }),
    ).rejects.toThrow("the change that caused the email failed");

    const [messageId] = written;
    expect(typeof messageId).toBe("string");
    expect(await getDb().select().from(emailMessages).where(eq(emailMessages.idempotencyKey, key))).toEqual([]);
    expect(await jobCount(String(messageId))).toBe(0);
  });

  it("writes one message and one job for the same idempotency key, however often it is enqueued", async () => {
    const key = `twice:${randomUUID()}`;
    const options = { template: "magic-link", to: uniqueAddress(), locale: "nl", props: { url: "http://localhost:3000/y" }, idempotencyKey: key } as const;
    const first = await getDb().transaction((tx) => enqueueEmail(tx, options));
    const second = await getDb().transaction((tx) => enqueueEmail(tx, options));

    expect(typeof first).toBe("string");
    expect(second).toBeNull();
    const rows = await getDb().select({ id: emailMessages.id }).from(emailMessages).where(eq(emailMessages.idempotencyKey, key));
    expect(rows).toEqual([{ id: first }]);
    expect(await jobCount(String(first))).toBe(1);
  });
});
