import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { enqueueEmail, type EnqueueEmailOptions } from "@/lib/email/enqueue";
import { listOutbox } from "@/lib/email/outbox";
import type { TemplateName } from "@/lib/email/template-types";
import { getProducer } from "./boss";
import { queues } from "./queues";
import { jobHandlers } from "@/lib/registry/job-handlers";
import { startWorker } from "./worker";

const handleSendEmail = jobHandlers[queues.sendEmail].handle;

// Integration test: DATABASE_URL is a fresh, migrated database with pg-boss's schema (tests/global-setup.ts).

beforeAll(() => {
  vi.stubEnv("RESEND_API_KEY", ""); // the outbox transport: nothing leaves the machine
});

afterAll(async () => {
  const worker = await startWorker({ handlers: jobHandlers });
  await worker.stop();
  await (await getProducer()).stop({ graceful: false, wait: true });
  (globalThis as { __kringBoss?: unknown }).__kringBoss = undefined;
  await closeDb();
  vi.unstubAllEnvs();
});

const address = () => `send-${randomUUID()}@example.com`;

async function enqueue<T extends TemplateName>(options: Omit<EnqueueEmailOptions<T>, "idempotencyKey">): Promise<string> {
  const id = await getDb().transaction((tx) => enqueueEmail(tx, { ...options, idempotencyKey: `test:${randomUUID()}` }));
  if (!id) throw new Error("not enqueued");
  return id;
}

async function readMessage(id: string) {
  const [row] = await getDb().select().from(emailMessages).where(eq(emailMessages.id, id));
  return row;
}

async function jobStates(ids: string[]): Promise<Record<string, string>> {
  const rows = await getDb().execute<{ id: string; state: string }>(sql`select id::text, state::text from pgboss.job where id = any(${`{${ids.join(",")}}`}::uuid[])`);
  return Object.fromEntries(rows.map((r) => [r.id, r.state]));
}

const job = (messageId: string, retryCount = 0) => ({ id: messageId, data: { messageId }, retryCount, retryLimit: 5 });

describe("the email.send handler", () => {
  it("delivers once when the job runs again after a crash, or twice at the same time", async () => {
    const id = await enqueue({ template: "magic-link", to: address(), locale: "en", props: { url: "http://localhost:3000/once" } });
    await handleSendEmail(job(id));
    const first = await readMessage(id);
    await handleSendEmail(job(id));
    expect(await readMessage(id)).toEqual(first);
    expect(first).toMatchObject({ status: "delivered", transport: "outbox", attempts: 1 });

    const other = await enqueue({ template: "magic-link", to: address(), locale: "en", props: { url: "http://localhost:3000/race" } });
    await Promise.all([handleSendEmail(job(other)), handleSendEmail(job(other))]);
    expect(await readMessage(other)).toMatchObject({ status: "delivered", attempts: 1 });
  });

  it("sends nothing for a cancelled message", async () => {
    const id = await enqueue({ template: "magic-link", to: address(), locale: "en", props: { url: "http://localhost:3000/cancelled" } });
    await getDb().update(emailMessages).set({ status: "cancelled" }).where(eq(emailMessages.id, id));
    await handleSendEmail(job(id));
    expect(await readMessage(id)).toMatchObject({ status: "cancelled", attempts: 0, sentAt: null, html: null });
  });

  it("records a failure and rethrows it, and marks the message failed after the last retry", async () => {
    const [row] = await getDb()
      .insert(emailMessages)
      .values({ template: "no-such-template", locale: "en", toAddress: address(), props: {}, idempotencyKey: `test:${randomUUID()}` })
      .returning();
    await expect(handleSendEmail(job(row.id))).rejects.toThrow(/Unknown email template/);
    expect(await readMessage(row.id)).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringContaining("no-such-template") });
    await expect(handleSendEmail(job(row.id, 5))).rejects.toThrow();
    expect(await readMessage(row.id)).toMatchObject({ status: "failed", attempts: 2 });
  });
});

describe("the worker", () => {
  it("delivers queued emails to the outbox in each recipient's language, and one bad job fails alone", async () => {
    const to = address();
    const url = "http://localhost:3000/api/auth/callback/email?token=worker-test";
    const nl = await enqueue({ template: "magic-link", to, locale: "nl", props: { url } });
    const en = await enqueue({ template: "magic-link", to, locale: "en", props: { url } });
    // A message whose job throws, in the same batch as the good ones.
    const [broken] = await getDb()
      .insert(emailMessages)
      .values({ template: "no-such-template", locale: "en", toAddress: to, props: {}, idempotencyKey: `test:${randomUUID()}` })
      .returning();
    await (await getProducer()).send(queues.sendEmail, { messageId: broken.id }, { id: broken.id });

    // The other test files of this run queue emails too; these three go first, so that the wait below
    // measures this worker, not the backlog.
    await getDb().execute(sql`update pgboss.job set priority = 100 where id = any(${`{${[nl, en, broken.id].join(",")}}`}::uuid[])`);
    const worker = await startWorker({ handlers: jobHandlers, only: [queues.sendEmail] });
    expect(await startWorker({ handlers: jobHandlers })).toBe(worker);

    await vi.waitFor(
      async () => {
        expect(await jobStates([nl, en, broken.id])).toEqual({ [nl]: "completed", [en]: "completed", [broken.id]: "retry" });
      },
      // Generous: under a loaded CI machine the worker's first poll and the retry bookkeeping take a while.
      { timeout: 20_000, interval: 200 },
    );

    const rows = await getDb().select().from(emailMessages).where(inArray(emailMessages.id, [nl, en, broken.id]));
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    for (const id of [nl, en]) {
      expect(byId[id]).toMatchObject({ status: "delivered", transport: "outbox", attempts: 1, lastError: null });
      expect(byId[id].text).toContain(url);
      expect(byId[id].html).toContain(`lang="${byId[id].locale}"`);
      expect(byId[id].sentAt).toBeInstanceOf(Date);
    }
    expect(byId[nl].subject).toBe("Je inloglink voor Kring");
    expect(byId[en].subject).toBe("Your sign-in link for Kring");
    expect(byId[nl].text).not.toBe(byId[en].text);
    expect(byId[broken.id]).toMatchObject({ status: "queued", attempts: 1 });

    const outbox = await listOutbox({ to: to.toUpperCase(), limit: 10 });
    expect(outbox.map((m) => m.id).sort()).toEqual([nl, en].sort());
    expect(outbox[0].links).toEqual([url]);

    // Leave no retry behind for a later run on this database.
    await (await getProducer()).cancel(queues.sendEmail, broken.id);
  });
});
