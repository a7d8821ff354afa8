import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { auditEvents, chatChannels, chatNotices, organizations, type ChatKind } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { appLink } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { openSecret, sealSecret, SecretKeyChangedError } from "@/lib/security/secret-box";
import { outcomeOf } from "./core/delivery";
import type { ChatNoticeKind } from "./core/notices";
import { checkWebhookUrl } from "./core/webhook-url";
import { renderNotice } from "./render";
import type { ConnectChatChannelInput } from "./schemas";
import { postToWebhook, WEBHOOK_TIMEOUT_MS } from "./webhook";

// An organisation's Teams or Slack channel, for its admins (permission "organization.settings"). The URL is
// written encrypted and never read back to a page: the page gets the host and the last characters.

/** The local test receiver (127.0.0.1) is accepted outside production only. */
export const loopbackAllowed = () => process.env.NODE_ENV !== "production";

export type ChatChannelView = {
  kind: ChatKind;
  hint: string;
  connectedAt: Date;
  lastTestAt: Date | null;
  lastTestOk: boolean | null;
  recent: { id: string; notice: ChatNoticeKind; status: "queued" | "sending" | "sent" | "failed" | "cancelled"; at: Date }[];
};

export async function getChatChannel(scope: MemberScope): Promise<ChatChannelView | null> {
  return withActor(scope, "organization.settings", async (tx) => {
    const [channel] = await tx.select().from(chatChannels).where(eq(chatChannels.organizationId, scope.organizationId));
    if (!channel) return null;
    const recent = await tx
      .select({ id: chatNotices.id, notice: chatNotices.notice, status: chatNotices.status, createdAt: chatNotices.createdAt, sentAt: chatNotices.sentAt })
      .from(chatNotices)
      .where(eq(chatNotices.organizationId, scope.organizationId))
      .orderBy(desc(chatNotices.createdAt), desc(chatNotices.id))
      .limit(5);
    return {
      kind: channel.kind,
      hint: channel.urlHint,
      connectedAt: channel.createdAt,
      lastTestAt: channel.lastTestAt,
      lastTestOk: channel.lastTestOk,
      recent: recent.map((r) => ({ id: r.id, notice: r.notice as ChatNoticeKind, status: r.status, at: r.sentAt ?? r.createdAt })),
    };
  });
}

/**
 * Connects (or replaces) the organisation's channel. The URL is checked again here, whatever the caller
 * did, so that nothing but a webhook of the chosen service is ever stored; a refused one writes nothing.
 */
export async function connectChatChannel(scope: MemberScope, input: ConnectChatChannelInput): Promise<void> {
  const checked = checkWebhookUrl(input.kind, input.url, { allowLoopback: loopbackAllowed() });
  if (!checked.ok) throw new AppError("invalid", { message: `chatUrl.${checked.reason}` });
  await withActor(scope, "organization.settings", async (tx) => {
    const [existing] = await tx.select({ id: chatChannels.id }).from(chatChannels).where(eq(chatChannels.organizationId, scope.organizationId));
    const values = {
      kind: input.kind,
      webhookUrlEncrypted: sealSecret(checked.url, scope.organizationId),
      urlHint: checked.hint,
      connectedByMembershipId: scope.actorMembershipId,
      lastTestAt: null,
      lastTestOk: null,
      createdAt: sql`now()`,
    };
    await tx
      .insert(chatChannels)
      .values({ organizationId: scope.organizationId, ...values })
      .onConflictDoUpdate({ target: chatChannels.organizationId, set: values });
    // The audit log never holds the URL: it is the channel's password.
    await tx.insert(auditEvents).values({
      organizationId: scope.organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "chat.channel.connected",
      targetType: "organization",
      targetId: scope.organizationId,
      data: { kind: input.kind, replaced: Boolean(existing) },
    });
  });
}

/** Forgets the channel; the notices still waiting are cancelled, so nothing more is posted anywhere. */
export async function disconnectChatChannel(scope: MemberScope): Promise<void> {
  await withActor(scope, "organization.settings", async (tx) => {
    const removed = await tx.delete(chatChannels).where(eq(chatChannels.organizationId, scope.organizationId)).returning({ kind: chatChannels.kind });
    if (removed.length === 0) throw new AppError("conflict", { message: "chatNotConnected" });
    const cancelled = await tx
      .update(chatNotices)
      .set({ status: "cancelled", lastError: "channel disconnected" })
      .where(and(eq(chatNotices.organizationId, scope.organizationId), eq(chatNotices.status, "queued")))
      .returning({ id: chatNotices.id });
    await tx.insert(auditEvents).values({
      organizationId: scope.organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "chat.channel.disconnected",
      targetType: "organization",
      targetId: scope.organizationId,
      data: { kind: removed[0].kind, cancelled: cancelled.length },
    });
  });
}

export type ChatTestResult =
  | { ok: true }
  | { ok: false; reason: "timeout" | "unreachable" | "rateLimited" | "refused" | "serverError" | "keyChanged"; status: number };

/**
 * Posts the test message now and answers what the channel said: the admin is waiting for exactly that
 * answer, so it is not queued. The request holds no transaction while it posts. Recorded as a notice (the
 * "recent posts" list), on the channel (last test) and in the audit log.
 */
export async function sendChatTest(scope: MemberScope, options: { timeoutMs?: number } = {}): Promise<ChatTestResult> {
  const read = await withActor(scope, "organization.settings", async (tx, actor) => {
    const [channel] = await tx.select().from(chatChannels).where(eq(chatChannels.organizationId, scope.organizationId));
    const [org] = await tx.select({ locale: organizations.defaultLocale, timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, scope.organizationId));
    return channel ? { channel, org, organizationName: actor.organizationName } : null;
  });
  if (!read) throw new AppError("conflict", { message: "chatNotConnected" });
  const { channel, org } = read;

  const props = { organizationName: read.organizationName, url: appLink("/") };
  const noticeId = crypto.randomUUID();
  let result: ChatTestResult;
  let status = 0;
  try {
    const url = openSecret(channel.webhookUrlEncrypted, scope.organizationId);
    const payload = renderNotice(channel.kind, "test", props, org.locale, org.timeZone);
    const answer = await postToWebhook(url, payload, { timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS, idempotencyKey: `kring-chat-${noticeId}` });
    status = answer.status;
    const outcome = outcomeOf(answer, new Date());
    if (outcome.kind === "accepted") result = { ok: true };
    else if (answer.failure) result = { ok: false, reason: answer.failure, status };
    else if (status === 429) result = { ok: false, reason: "rateLimited", status };
    else result = { ok: false, reason: status >= 500 ? "serverError" : "refused", status };
  } catch (error) {
    if (!(error instanceof SecretKeyChangedError)) throw error;
    result = { ok: false, reason: "keyChanged", status: 0 };
  }

  await withActor(scope, "organization.settings", async (tx) => {
    const at = new Date();
    // Only the channel that was tested: one replaced meanwhile keeps its own (untested) state.
    await tx.update(chatChannels).set({ lastTestAt: at, lastTestOk: result.ok }).where(and(eq(chatChannels.organizationId, scope.organizationId), eq(chatChannels.id, channel.id)));
    await tx.insert(chatNotices).values({
      id: noticeId,
      organizationId: scope.organizationId,
      notice: "test",
      locale: org.locale,
      props,
      idempotencyKey: `test:${noticeId}`,
      status: result.ok ? "sent" : "failed",
      attempts: 1,
      responseStatus: status,
      lastError: result.ok ? null : result.reason,
      sentAt: result.ok ? at : null,
    });
    await tx.insert(auditEvents).values({
      organizationId: scope.organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "chat.channel.tested",
      targetType: "organization",
      targetId: scope.organizationId,
      data: { kind: channel.kind, ok: result.ok, status },
    });
  });
  return result;
}
