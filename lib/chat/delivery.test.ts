import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { chatChannels, chatNotices, organizations } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { queues } from "@/lib/jobs/queues";
import { startWorker } from "@/lib/jobs/worker";
import { createTestOrganization, type TestOrganization } from "@/lib/members/test-helpers";
import { jobHandlers } from "@/lib/registry/job-handlers";
import { connectChatChannel, disconnectChatChannel } from "./channel";
import { enqueueChatNotice } from "./enqueue";
import { MAX_CHAT_ATTEMPTS, sendChatNoticeJob } from "./send-job";
import { startTestReceiver, type TestReceiver } from "./test-receiver";

// Integration test: the chat.send handler against a local webhook (lib/chat/test-receiver.ts) that checks
// each payload's shape and fails the way Teams and Slack do. What a person cares about: every notice arrives
// once, whatever the receiver does on the way, and nothing arrives twice.

let receiver: TestReceiver;
let slackOrg: TestOrganization;
let teamsOrg: TestOrganization;
// A short give-up time, so that a receiver that hangs costs the test a fraction of a second.
const handle = sendChatNoticeJob({ timeoutMs: 400 });
const job = (noticeId: string, retryCount = 0) => ({ id: randomUUID(), data: { noticeId }, retryCount, retryLimit: 8 });

beforeAll(async () => {
  receiver = await startTestReceiver();
  slackOrg = await createTestOrganization("Chat delivery Slack");
  teamsOrg = await createTestOrganization("Chat delivery Teams");
  await getDb().update(organizations).set({ defaultLocale: "en" }).where(eq(organizations.id, teamsOrg.organizationId));
  await connectChatChannel(slackOrg.admin.scope, { kind: "slack", url: receiver.url("/slack") });
  await connectChatChannel(teamsOrg.admin.scope, { kind: "teams", url: receiver.url("/teams") });
});

beforeEach(() => {
  receiver.received.length = 0;
});

afterAll(async () => {
  await (await startWorker({ handlers: jobHandlers, only: [queues.chatSend] })).stop();
  await receiver.close();
  await closeProducer();
  await closeDb();
});

async function notice(org: TestOrganization): Promise<string> {
  const id = await getDb().transaction((tx) =>
    enqueueChatNotice(tx, {
      organizationId: org.organizationId,
      notice: "groupsPublished",
      props: { programmeName: { nl: "Intervisie 2027", en: "Co-development 2027" }, groups: 2, participants: 11, url: "http://localhost:3000/groups" },
      idempotencyKey: `test:${randomUUID()}`,
    }),
  );
  if (!id) throw new Error("not enqueued");
  return id;
}

const row = async (id: string) => (await getDb().select().from(chatNotices).where(eq(chatNotices.id, id)))[0];

describe("the chat.send handler", () => {
  it("posts a Block Kit message once, however often and however concurrently its job runs", async () => {
    const id = await notice(slackOrg);
    await handle(job(id));
    await handle(job(id));
    expect(receiver.accepted()).toHaveLength(1);
    expect(receiver.received[0].shapeError).toBeNull();
    expect(receiver.received[0].headers["idempotency-key"]).toBe(`kring-chat-${id}`);
    expect(JSON.stringify(receiver.received[0].body)).toContain("Groepen gepubliceerd: Intervisie 2027"); // the organisation's language (nl)
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, responseStatus: 200, lastError: null, claimToken: null });

    // Two runs at once (an expired job run again beside a slow first one): the claim lets one post.
    receiver.received.length = 0;
    const other = await notice(slackOrg);
    receiver.script({ status: 200, delayMs: 200 });
    await Promise.all([handle(job(other)), handle(job(other)), handle(job(other))]);
    expect(receiver.received).toHaveLength(1);
    expect(await row(other)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("posts an Adaptive Card in the Workflows envelope, in the organisation's language", async () => {
    const id = await notice(teamsOrg);
    await handle(job(id));
    const [post] = receiver.accepted();
    expect(post.shapeError).toBeNull();
    const body = post.body as { type: string; attachments: { content: { lang: string; body: { text: string }[] } }[] };
    expect(body.attachments[0].content.lang).toBe("en");
    expect(body.attachments[0].content.body[0].text).toBe("Groups published: Co-development 2027");
    expect(await row(id)).toMatchObject({ status: "sent", responseStatus: 202 });
  });

  it("retries server errors with the queue's backoff and posts once when the receiver recovers", async () => {
    const id = await notice(slackOrg);
    receiver.script({ status: 500 }, { status: 502 });
    await expect(handle(job(id, 0))).rejects.toThrow(/HTTP 500/);
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 1, responseStatus: 500, lastError: "HTTP 500" });
    await expect(handle(job(id, 1))).rejects.toThrow(/HTTP 502/);
    await handle(job(id, 2));
    expect(receiver.received.map((r) => r.accepted)).toEqual([false, false, true]);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 3, responseStatus: 200, lastError: null });
  });

  it("gives up on a receiver that does not answer, and posts on the retry", async () => {
    const id = await notice(slackOrg);
    receiver.script("hang");
    const started = Date.now();
    await expect(handle(job(id))).rejects.toThrow(/timeout/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 1, responseStatus: 0, lastError: "timeout" });
    await handle(job(id, 1));
    expect(receiver.accepted()).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("stops at a refusal that waiting cannot fix (a removed webhook), and at the last retry", async () => {
    const id = await notice(slackOrg);
    receiver.script({ status: 404 });
    await handle(job(id)); // no throw: pg-boss must not retry it
    await handle(job(id));
    expect(receiver.received).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, responseStatus: 404, lastError: "HTTP 404" });

    const last = await notice(slackOrg);
    receiver.script({ status: 503 });
    await getDb().update(chatNotices).set({ attempts: MAX_CHAT_ATTEMPTS - 1 }).where(eq(chatNotices.id, last));
    await handle(job(last, 3));
    expect(await row(last)).toMatchObject({ status: "failed", attempts: MAX_CHAT_ATTEMPTS });
  });

  it("takes over a crashed run's claim once it is stale, and never a live one", async () => {
    const id = await notice(slackOrg);
    await getDb().update(chatNotices).set({ status: "sending", claimToken: randomUUID(), claimedAt: sql`now() - interval '5 seconds'` }).where(eq(chatNotices.id, id));
    await handle(job(id));
    expect(receiver.received).toHaveLength(0);
    await getDb().update(chatNotices).set({ claimedAt: sql`now() - interval '10 minutes'` }).where(eq(chatNotices.id, id));
    await handle(job(id));
    expect(receiver.accepted()).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent" });
  });

  it("posts nothing once the channel is disconnected", async () => {
    const org = await createTestOrganization("Chat delivery disconnected");
    await connectChatChannel(org.admin.scope, { kind: "slack", url: receiver.url("/slack") });
    const queued = await notice(org);
    await disconnectChatChannel(org.admin.scope);
    expect(await row(queued)).toMatchObject({ status: "cancelled" });
    await handle(job(queued));
    expect(receiver.received).toHaveLength(0);
    expect(await getDb().select().from(chatChannels).where(eq(chatChannels.organizationId, org.organizationId))).toEqual([]);
  });
});

describe("a receiver's wait", () => {
  it("is kept by a run that comes early: it posts nothing and leaves one job for the right time", async () => {
    const id = await notice(slackOrg);
    receiver.script({ status: 429, retryAfter: "120" });
    await handle(job(id));
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 1, responseStatus: 429, nextAttemptAt: expect.any(Date) });
    const delay = (await row(id)).nextAttemptAt!.getTime() - Date.now();
    expect(delay).toBeGreaterThan(110_000);
    expect(delay).toBeLessThan(125_000);
    // The original job retried meanwhile (an expiry): nothing is posted, no second job is written.
    await handle(job(id, 1));
    await handle(job(id, 2));
    expect(receiver.received).toHaveLength(1);
    // (The notice's first job, which the test ran by hand, is still "created" too, due now.)
    const jobs = await getDb().execute<{ n: number; soonest: number }>(
      sql`select count(*)::int as n, min(extract(epoch from start_after - now()))::int as soonest from pgboss.job where name = 'chat.send' and data->>'noticeId' = ${id} and state = 'created' and start_after > now()`,
    );
    expect(jobs[0].n).toBe(1);
    expect(jobs[0].soonest).toBeGreaterThan(110);
  });
});

describe("the worker", () => {
  it("waits as long as a 429's Retry-After says, then posts once", async () => {
    const worker = await startWorker({ handlers: jobHandlers, only: [queues.chatSend] });
    receiver.script({ status: 429, retryAfter: "2" });
    const id = await notice(slackOrg);
    await vi.waitFor(async () => expect(await row(id)).toMatchObject({ status: "sent" }), { timeout: 30_000, interval: 200 });
    const [limited, posted] = receiver.received;
    expect(limited.accepted).toBe(false);
    expect(posted.accepted).toBe(true);
    expect(posted.at - limited.at).toBeGreaterThanOrEqual(1_900);
    expect(receiver.received).toHaveLength(2);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    await worker.stop();
  });
});
