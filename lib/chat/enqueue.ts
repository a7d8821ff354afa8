// No "server-only": the job worker writes notices too (the weekly digest).
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chatChannels, chatNotices, organizations } from "@/db/schema";
import { bossDb, getProducer } from "@/lib/jobs/boss";
import { queues } from "@/lib/jobs/queues";
import { chatNoticeSchemas, type ChatNoticeKind, type ChatNoticeProps } from "./core/notices";

export type EnqueueChatNoticeOptions<K extends ChatNoticeKind> = {
  organizationId: string;
  notice: K;
  props: ChatNoticeProps<K>;
  /** What makes this notice unique ("signup-open:<programme>"); the same key twice writes one notice. */
  idempotencyKey: string;
};

/** Whether the organisation has a channel connected, read with the caller's handle. */
export async function hasChatChannel(executor: Executor, organizationId: string): Promise<{ kind: "teams" | "slack" } | null> {
  const [channel] = await executor.select({ kind: chatChannels.kind }).from(chatChannels).where(eq(chatChannels.organizationId, organizationId));
  return channel ?? null;
}

/**
 * Writes a channel notice and its job with the caller's handle, in the transaction of the change that causes
 * it (SECURITY.md rule 12): a rolled-back publication posts nothing. An organisation without a channel gets
 * no notice. The props are checked against the notice's schema here, so that a notice that would carry more
 * than programme-level facts is refused before it is stored. Returns the notice id, or null when nothing
 * was written (no channel, or a notice with this key exists).
 */
export async function enqueueChatNotice<K extends ChatNoticeKind>(executor: Executor, options: EnqueueChatNoticeOptions<K>): Promise<string | null> {
  const { organizationId } = options;
  if (!(await hasChatChannel(executor, organizationId))) return null;
  const props = chatNoticeSchemas[options.notice].strict().parse(options.props) as Record<string, unknown>;
  const [org] = await executor.select({ locale: organizations.defaultLocale }).from(organizations).where(eq(organizations.id, organizationId));
  const [row] = await executor
    .insert(chatNotices)
    .values({ organizationId, notice: options.notice, locale: org.locale, props, idempotencyKey: options.idempotencyKey })
    .onConflictDoNothing({ target: chatNotices.idempotencyKey })
    .returning({ id: chatNotices.id });
  if (!row) return null;
  const boss = await getProducer();
  await boss.send(queues.chatSend, { noticeId: row.id }, { id: row.id, db: bossDb(executor) });
  return row.id;
}
