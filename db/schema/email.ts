import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum, organizations } from "./organizations";

export const emailStatusEnum = pgEnum("email_status", ["queued", "sent", "delivered", "failed", "cancelled"]);

/**
 * Every email Kring sends. A request writes the row and its job in one transaction; the worker renders
 * and sends it. Sign-in emails belong to no organisation, hence the nullable organization_id.
 */
export const emailMessages = pgTable(
  "email_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    template: text().notNull(),
    locale: localeEnum().notNull(),
    toAddress: text().notNull(),
    props: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Deduplicates a message (for example one reminder per session and time); the provider gets it too. */
    idempotencyKey: text().notNull().unique(),
    status: emailStatusEnum().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    transport: text(),
    providerId: text(),
    subject: text(),
    /** Kept only for the local outbox (no RESEND_API_KEY); production rows keep no rendered body. */
    html: text(),
    text: text(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("email_messages_org_idx").on(t.organizationId), index("email_messages_to_idx").on(t.toAddress)],
);

export type EmailMessage = typeof emailMessages.$inferSelect;
