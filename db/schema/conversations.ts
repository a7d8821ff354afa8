import { index, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import type { StoredGuide } from "./json-shapes";
import { memberships, organizations } from "./organizations";

// Guided conversations, issue 12. An organisation's own conversation guides, next to the built-in ones
// (lib/conversations/core/built-in-guides.ts); like codev_methods, read and written only by admins through
// lib/conversations.

export const conversationGuides = pgTable(
  "conversation_guides",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    /** The guide itself (name, summary, steps, preparation and closing in both languages); its `key` is "custom:<id>". */
    guide: jsonb().$type<StoredGuide>().notNull(),
    createdByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index("conversation_guides_org_idx").on(t.organizationId)],
);
