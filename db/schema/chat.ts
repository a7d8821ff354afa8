import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum, memberships, organizations } from "./organizations";

// Teams and Slack notifications, issue 15 (docs/chat-notifications.md). One channel per organisation, reached
// by an incoming webhook whose URL is a secret (stored encrypted); programme-level notices posted there
// through the job queue; and each member's choice of how programme news reaches them.

export const chatKindEnum = pgEnum("chat_kind", ["teams", "slack"]);
export const chatNoticeStatusEnum = pgEnum("chat_notice_status", ["queued", "sending", "sent", "failed", "cancelled"]);
export const noticeDeliveryEnum = pgEnum("notice_delivery", ["email", "chat", "both"]);

export const chatChannels = pgTable(
  "chat_channels",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** One channel per organisation: connecting another replaces it. */
    organizationId: uuid().notNull().unique().references(() => organizations.id, { onDelete: "cascade" }),
    kind: chatKindEnum().notNull(),
    /** AES-256-GCM ciphertext of the webhook URL (lib/security/secret-box.ts): whoever has the URL can post. */
    webhookUrlEncrypted: text().notNull(),
    /** What the admin sees of it: the host and the last characters, never the whole URL. */
    urlHint: text().notNull(),
    connectedByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    lastTestAt: timestamp({ withTimezone: true }),
    lastTestOk: boolean(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
);

/**
 * A post to the organisation's channel: written with the change that causes it (a programme opening, groups
 * published, the weekly digest), sent by the worker (queue "chat.send"). Props hold programme-level facts
 * only (names of programmes, counts, dates), never people.
 */
export const chatNotices = pgTable(
  "chat_notices",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    notice: text().notNull(),
    locale: localeEnum().notNull(),
    props: jsonb().$type<Record<string, unknown>>().notNull(),
    /** What makes the notice unique ("signup-open:<programme>"): the same key twice writes one notice. */
    idempotencyKey: text().notNull().unique(),
    status: chatNoticeStatusEnum().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    /** Not before this instant (a receiver's Retry-After). */
    nextAttemptAt: timestamp({ withTimezone: true }),
    /** The run that holds the notice while it posts (compare-and-swap), and since when. */
    claimToken: uuid(),
    claimedAt: timestamp({ withTimezone: true }),
    /** The receiver's last HTTP status (0: no answer). */
    responseStatus: integer(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("chat_notices_org_idx").on(t.organizationId, t.createdAt)],
);

/** A member's choice per kind of notice; no row means the default (lib/chat/preferences.ts). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    notice: text().notNull(),
    delivery: noticeDeliveryEnum().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.notice] }), index("notification_preferences_org_idx").on(t.organizationId)],
);

export type ChatChannel = typeof chatChannels.$inferSelect;
export type ChatNotice = typeof chatNotices.$inferSelect;
export type ChatKind = (typeof chatKindEnum.enumValues)[number];
export type NoticeDelivery = (typeof noticeDeliveryEnum.enumValues)[number];
