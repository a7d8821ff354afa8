import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, chatChannels, chatNotices, notificationPreferences } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { createTestOrganization, type TestOrganization, type TestPerson } from "@/lib/members/test-helpers";
import { testSession } from "@/lib/testing/request-mocks";
import { connectChatChannel, getChatChannel } from "./channel";
import { enqueueChatNotice } from "./enqueue";
import { getMyNoticePreferences } from "./preferences";
import { startTestReceiver, type TestReceiver } from "./test-receiver";

// The channel settings and the member's choice as a crafted POST calls them (tests/authorization.test.ts
// lists them as covered here): only the Auth.js session lookup and Next's request APIs are replaced; roles and
// organisations come from the real database, and after every refusal nothing may have changed.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const chat = await import("@/app/(admin)/admin/settings/chat-actions");
const account = await import("@/app/(app)/account/notification-actions");

let receiver: TestReceiver;
let org: TestOrganization;
let other: TestOrganization;
let member: TestPerson;
let facilitator: TestPerson;

function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

/** Everything of an organisation that these actions write, as one comparable value. */
async function snapshot(organizationId: string): Promise<string> {
  const db = getDb();
  return JSON.stringify([
    await db.select().from(chatChannels).where(eq(chatChannels.organizationId, organizationId)),
    await db.select().from(chatNotices).where(eq(chatNotices.organizationId, organizationId)),
    await db.select().from(notificationPreferences).where(eq(notificationPreferences.organizationId, organizationId)),
    await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, organizationId), like(auditEvents.action, "chat.%"))),
  ]);
}

const chatAudit = (organizationId: string) =>
  getDb().select().from(auditEvents).where(and(eq(auditEvents.organizationId, organizationId), like(auditEvents.action, "chat.%"))).orderBy(auditEvents.createdAt);

beforeAll(async () => {
  receiver = await startTestReceiver();
  org = await createTestOrganization("Chat settings");
  other = await createTestOrganization("Chat settings elsewhere");
  member = await org.addPerson("member", "member");
  facilitator = await org.addPerson("facilitator", "facilitator");
});

beforeEach(() => {
  session.userId = null;
  receiver.received.length = 0;
});

afterAll(async () => {
  await receiver.close();
  await closeProducer();
  await closeDb();
});

describe("connecting a channel", () => {
  it("is refused to members, facilitators and the signed-out, and writes nothing", async () => {
    const before = await snapshot(org.organizationId);
    for (const who of [member.userId, facilitator.userId, null]) {
      session.userId = who;
      expect(await chat.connectChatChannelAction(null, form({ kind: "slack", url: receiver.url("/slack") }))).toMatchObject({ ok: false });
      expect(await chat.testChatChannelAction(null, form())).toMatchObject({ ok: false });
      expect(await chat.disconnectChatChannelAction(null, form())).toMatchObject({ ok: false });
    }
    session.userId = member.userId;
    expect(await chat.connectChatChannelAction(null, form({ kind: "slack", url: receiver.url("/slack") }))).toEqual({ ok: false, error: "forbidden" });
    expect(await snapshot(org.organizationId)).toBe(before);
  });

  it.each([
    ["slack", "https://hooks.slack.com.evil.example/services/T1/B1/x", "host"],
    ["slack", "http://hooks.slack.com/services/T1/B1/x", "https"],
    ["teams", "https://hooks.slack.com/services/T1/B1/x", "host"],
    ["teams", "https://prod-1.westeurope.logic.azure.com/elsewhere", "path"],
    ["slack", "hooks.slack.com/services/T1/B1/x", "url"],
    ["slack", "", "url"],
    ["discord", "https://hooks.slack.com/services/T1/B1/x", "kind"],
  ])("refuses %s %s with a reason at the field, and writes nothing", async (kind, url, reason) => {
    session.userId = org.admin.userId;
    const before = await snapshot(org.organizationId);
    expect(await chat.connectChatChannelAction(null, form({ kind, url }))).toEqual({ ok: false, error: "invalid", fieldErrors: { [reason === "kind" ? "kind" : "url"]: reason } });
    expect(await snapshot(org.organizationId)).toBe(before);
  });

  it("is refused by the data layer too, for a caller that skipped the action's check", async () => {
    const before = await snapshot(org.organizationId);
    await expect(connectChatChannel(org.admin.scope, { kind: "slack", url: "https://169.254.169.254/latest/meta-data" })).rejects.toMatchObject({ code: "invalid" });
    expect(await snapshot(org.organizationId)).toBe(before);
  });

  it("stores the URL encrypted, shows only a hint, and audits without the URL", async () => {
    session.userId = org.admin.userId;
    const url = receiver.url("/slack/T0SECRET/B0SECRET/hunter2");
    expect(await chat.connectChatChannelAction(null, form({ kind: "slack", url }))).toMatchObject({ ok: true });
    const [stored] = await getDb().select().from(chatChannels).where(eq(chatChannels.organizationId, org.organizationId));
    expect(stored.kind).toBe("slack");
    expect(stored.webhookUrlEncrypted).not.toContain("hunter2");
    expect(stored.urlHint).toMatch(/^127\.0\.0\.1:\d+\/…ter2$/);
    expect(await getChatChannel(org.admin.scope)).toMatchObject({ kind: "slack", hint: stored.urlHint, lastTestAt: null });
    const audit = await chatAudit(org.organizationId);
    expect(audit.map((a) => [a.action, a.data])).toEqual([["chat.channel.connected", { kind: "slack", replaced: false }]]);
    expect(JSON.stringify(audit)).not.toContain("hunter2");
  });

  it("an admin of another organisation changes only their own", async () => {
    const before = await snapshot(org.organizationId);
    session.userId = other.admin.userId;
    expect(await chat.disconnectChatChannelAction(null, form())).toEqual({ ok: false, error: "chatNotConnected" });
    expect(await chat.testChatChannelAction(null, form())).toEqual({ ok: false, error: "chatNotConnected" });
    expect(await chat.connectChatChannelAction(null, form({ kind: "teams", url: receiver.url("/teams") }))).toMatchObject({ ok: true });
    expect(await snapshot(org.organizationId)).toBe(before);
    expect(await getChatChannel(other.admin.scope)).toMatchObject({ kind: "teams" });
    await expect(getChatChannel({ ...other.admin.scope, organizationId: org.organizationId })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the test message", () => {
  it("is posted now and says so; a refusal says why", async () => {
    session.userId = org.admin.userId;
    await connectChatChannel(org.admin.scope, { kind: "slack", url: receiver.url("/slack") });
    expect(await chat.testChatChannelAction(null, form())).toEqual({ ok: true, data: { ok: true } });
    expect(receiver.accepted()).toHaveLength(1);
    expect(JSON.stringify(receiver.accepted()[0].body)).toContain("Kring is gekoppeld");
    expect(await getChatChannel(org.admin.scope)).toMatchObject({ lastTestOk: true, recent: [{ notice: "test", status: "sent" }] });

    receiver.script({ status: 404 });
    expect(await chat.testChatChannelAction(null, form())).toEqual({ ok: true, data: { ok: false, reason: "refused", status: 404 } });
    receiver.script({ status: 429, retryAfter: "30" });
    expect(await chat.testChatChannelAction(null, form())).toEqual({ ok: true, data: { ok: false, reason: "rateLimited", status: 429 } });
    expect(await getChatChannel(org.admin.scope)).toMatchObject({ lastTestOk: false });
    const tested = (await chatAudit(org.organizationId)).filter((a) => a.action === "chat.channel.tested").map((a) => a.data);
    expect(tested.slice(-3)).toEqual([{ kind: "slack", ok: true, status: 200 }, { kind: "slack", ok: false, status: 404 }, { kind: "slack", ok: false, status: 429 }]);
  });
});

describe("disconnecting", () => {
  it("forgets the URL, cancels what still waits, and is audited", async () => {
    session.userId = org.admin.userId;
    await connectChatChannel(org.admin.scope, { kind: "slack", url: receiver.url("/slack") });
    const waiting = await getDb().transaction((tx) =>
      enqueueChatNotice(tx, { organizationId: org.organizationId, notice: "test", props: { organizationName: "Org", url: "http://localhost:3000/" }, idempotencyKey: `test:${crypto.randomUUID()}` }),
    );
    expect(await chat.disconnectChatChannelAction(null, form())).toMatchObject({ ok: true });
    expect(await getDb().select().from(chatChannels).where(eq(chatChannels.organizationId, org.organizationId))).toEqual([]);
    expect((await getDb().select().from(chatNotices).where(eq(chatNotices.id, waiting!)))[0].status).toBe("cancelled");
    expect((await chatAudit(org.organizationId)).at(-1)).toMatchObject({ action: "chat.channel.disconnected", data: { kind: "slack", cancelled: 1 } });
    expect(await chat.disconnectChatChannelAction(null, form())).toEqual({ ok: false, error: "chatNotConnected" });
  });
});

describe("a member's choice", () => {
  it("offers chat only where the organisation has a channel, and changes only their own", async () => {
    const org2 = await createTestOrganization("Chat preferences");
    const me = await org2.addPerson("member", "me");
    const colleague = await org2.addPerson("member", "colleague");
    session.userId = me.userId;
    expect(await getMyNoticePreferences(me.scope)).toEqual({ channel: null, programmeNews: "email" });
    const before = await snapshot(org2.organizationId);
    expect(await account.saveNoticePreferencesAction(null, form({ programmeNews: "chat" }))).toEqual({ ok: false, error: "chatNoChannel" });
    expect(await account.saveNoticePreferencesAction(null, form({ programmeNews: "pigeon" }))).toMatchObject({ ok: false, fieldErrors: { programmeNews: "invalid" } });
    expect(await snapshot(org2.organizationId)).toBe(before);

    await connectChatChannel(org2.admin.scope, { kind: "teams", url: receiver.url("/teams") });
    expect(await getMyNoticePreferences(me.scope)).toEqual({ channel: "teams", programmeNews: "chat" });
    expect(await account.saveNoticePreferencesAction(null, form({ programmeNews: "both" }))).toEqual({ ok: true });
    expect(await getMyNoticePreferences(me.scope)).toEqual({ channel: "teams", programmeNews: "both" });
    expect(await getMyNoticePreferences(colleague.scope)).toEqual({ channel: "teams", programmeNews: "chat" });
    session.userId = null;
    expect(await account.saveNoticePreferencesAction(null, form({ programmeNews: "email" }))).toMatchObject({ ok: false });
  });
});
