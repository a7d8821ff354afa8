import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/enqueue";
import { NEWS_EMAIL_PRIORITY, SIGN_IN_EMAIL_PRIORITY } from "@/lib/email/priority";
import { createPrivateDatabase, type PrivateDatabase } from "@/tests/private-database";
import { closeProducer, getProducer, prepareQueues } from "./boss";
import { EMAIL_EXPIRE_SECONDS, queueOptions } from "./queue-options";
import { queues } from "./queues";
import { jobHandlers } from "@/lib/registry/job-handlers";
import { startWorker, type RunningWorker } from "./worker";

// Integration test on a database of its own (tests/private-database.ts): the worker started here must send
// this file's emails only, in the order it chooses, with no other file's backlog in the queue.

let database: PrivateDatabase | undefined;
let worker: RunningWorker | undefined;

beforeAll(async () => {
  database = await createPrivateDatabase("kring_queue");
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("RESEND_API_KEY", "");
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await closeProducer();
  await closeDb();
  vi.unstubAllEnvs();
  await database?.drop();
}, 60_000);

type JobRow = { id: string; priority: number; expireSeconds: number; retryLimit: number; retryDelay: number };

async function jobsOf(ids: string[]): Promise<Map<string, JobRow>> {
  const rows = await getDb().execute<JobRow>(sql`
    select id::text, priority, extract(epoch from expire_in)::int as "expireSeconds", retry_limit as "retryLimit", retry_delay as "retryDelay"
    from pgboss.job where name = ${queues.sendEmail} and id = any(${`{${ids.join(",")}}`}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r]));
}

describe("the email queue", () => {
  it("sends a sign-in email queued behind a backlog of bulk mail first", async () => {
    const tag = randomUUID();
    const bulk: string[] = [];
    await getDb().transaction(async (tx) => {
      for (let i = 0; i < 20; i++) {
        const id = await enqueueEmail(tx, {
          template: "invitation",
          to: `bulk-${i}-${tag}@example.com`,
          locale: "en",
          props: { url: `http://localhost:3000/invite/${i}`, organizationName: "Backlog", inviterName: null, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
          idempotencyKey: `bulk:${tag}:${i}`,
        });
        bulk.push(id!);
      }
    });
    const signIn = await getDb().transaction((tx) =>
      enqueueEmail(tx, { template: "magic-link", to: `sign-in-${tag}@example.com`, locale: "en", props: { url: "http://localhost:3000/sign-in/confirm?token=t" }, idempotencyKey: `sign-in:${tag}` }),
    );
    if (!signIn) throw new Error("not enqueued");
    // A programme's sign-up announcement to every member waits behind the mail about someone's own pair or group.
    const news = await getDb().transaction((tx) =>
      enqueueEmail(tx, {
        template: "programme-signup-open",
        to: `news-${tag}@example.com`,
        locale: "nl",
        props: { url: "http://localhost:3000/programmes/x", programmeName: "Mentoring", programmeKind: "mentoring", closesAt: null, timeZone: "Europe/Amsterdam" },
        idempotencyKey: `news:${tag}`,
      }),
    );
    if (!news) throw new Error("not enqueued");

    const jobs = await jobsOf([...bulk, signIn, news]);
    expect(jobs.get(signIn)?.priority).toBe(SIGN_IN_EMAIL_PRIORITY);
    expect(jobs.get(news)?.priority).toBe(NEWS_EMAIL_PRIORITY);
    expect(NEWS_EMAIL_PRIORITY).toBeLessThan(0);
    expect(bulk.map((id) => jobs.get(id)?.priority)).toEqual(bulk.map(() => 0));
    // The queue's short expiry reaches the jobs (pg-boss copies it when the job is written).
    expect(jobs.get(signIn)).toMatchObject({ expireSeconds: EMAIL_EXPIRE_SECONDS, retryLimit: 8, retryDelay: 5 });

    worker = await startWorker({ handlers: jobHandlers, only: [queues.sendEmail] });
    const all = [...bulk, signIn];
    await vi.waitFor(
      async () => {
        const rows = await getDb().select({ status: emailMessages.status }).from(emailMessages).where(inArray(emailMessages.id, all));
        expect(rows.filter((r) => r.status === "delivered")).toHaveLength(all.length);
      },
      { timeout: 60_000, interval: 250 },
    );
    await worker.stop();

    // One worker sends one job at a time: the order of sent_at is the order of sending.
    const rows = await getDb().select({ id: emailMessages.id, sentAt: emailMessages.sentAt }).from(emailMessages).where(inArray(emailMessages.id, all));
    const order = rows.sort((a, b) => a.sentAt!.getTime() - b.sentAt!.getTime()).map((r) => r.id);
    expect(order[0]).toBe(signIn);
  }, 90_000);

  it("restates its options on a database made by an earlier release, waiting jobs included", async () => {
    const boss = await getProducer();
    // The state a database made before this change is in: the queue with pg-boss's 15-minute default
    // expiry, and a job written then (not due for an hour, so no worker takes it meanwhile).
    await getDb().execute(sql`update pgboss.queue set expire_seconds = null, retry_limit = 5, retry_delay = 30 where name = ${queues.sendEmail}`);
    const old = await boss.send(queues.sendEmail, { messageId: randomUUID() }, { startAfter: 3600 });
    expect((await jobsOf([old!])).get(old!)).toMatchObject({ expireSeconds: 900, retryLimit: 5, retryDelay: 30 });

    await prepareQueues();

    expect(await boss.getQueue(queues.sendEmail)).toMatchObject(queueOptions[queues.sendEmail]);
    expect((await jobsOf([old!])).get(old!)).toMatchObject({ expireSeconds: EMAIL_EXPIRE_SECONDS, retryLimit: 8, retryDelay: 5 });
    await boss.cancel(queues.sendEmail, old!);
  });
});
