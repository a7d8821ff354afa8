import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import type { AppLocale } from "@/lib/i18n/config";
import { isOutboxEnabled } from "./outbox-enabled";

export type OutboxItem = {
  id: string;
  to: string;
  subject: string | null;
  template: string;
  locale: AppLocale;
  deliveredAt: Date | null;
  /** The web links in the text body, so that a developer (or a test) can follow a sign-in link. */
  links: string[];
};

export type OutboxMessage = OutboxItem & { html: string; text: string };

export type ListOutboxOptions = { to?: string; limit: number };

const outboxOnly = and(eq(emailMessages.transport, "outbox"), eq(emailMessages.status, "delivered"));

const itemColumns = {
  id: emailMessages.id,
  to: emailMessages.toAddress,
  subject: emailMessages.subject,
  template: emailMessages.template,
  locale: emailMessages.locale,
  deliveredAt: emailMessages.sentAt,
};

/**
 * The outbox spans every organisation (it is the whole machine's mail), hence the system handle. It reads
 * nothing unless the outbox is enabled, so that a page that forgets to check leaks nothing.
 */
export async function listOutbox({ to, limit }: ListOutboxOptions): Promise<OutboxItem[]> {
  if (!isOutboxEnabled()) return [];
  const rows = await getDb()
    .select({ ...itemColumns, text: emailMessages.text })
    .from(emailMessages)
    .where(to ? and(outboxOnly, sql`lower(${emailMessages.toAddress}) = lower(${to})`) : outboxOnly)
    .orderBy(desc(emailMessages.sentAt), desc(emailMessages.createdAt))
    .limit(Math.min(Math.max(limit, 1), 200));
  return rows.map(({ text, ...row }) => ({ ...row, links: extractLinks(text ?? "") }));
}

export async function getOutboxMessage(id: string): Promise<OutboxMessage | null> {
  if (!isOutboxEnabled()) return null;
  const [row] = await getDb()
    .select({ ...itemColumns, html: emailMessages.html, text: emailMessages.text })
    .from(emailMessages)
    .where(and(outboxOnly, eq(emailMessages.id, id)));
  if (!row) return null;
  return { ...row, html: row.html ?? "", text: row.text ?? "", links: extractLinks(row.text ?? "") };
}

/** http(s) links only: whatever else a text body holds is never turned into an anchor. */
export function extractLinks(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"'()[\]]+/g) ?? [];
  return [...new Set(found.map((link) => link.replace(/[.,;:!?]+$/, "")))];
}
