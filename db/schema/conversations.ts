import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { StoredGuide, StoredRunnerClock } from "./json-shapes";
import { matches } from "./mentoring";
import { memberships, organizations } from "./organizations";

// Guided conversations, issue 12. An organisation's own conversation guides, next to the built-in ones
// (lib/conversations/core/built-in-guides.ts); like codev_methods, read and written only by admins through
// lib/conversations. And the conversations held with a guide, with what they leave behind (agreements and
// actions): private to the two people of the conversation, read and written only through
// lib/conversations/access.ts, which checks that the reader is one of them (an admin of the organisation
// is not).

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

/** A mentoring pair's conversation (with the match), or a manager's with one of their team members. */
export const conversationContextEnum = pgEnum("conversation_context", ["pair", "team"]);
export const conversationStatusEnum = pgEnum("conversation_status", ["planned", "running", "closed"]);

export const conversations = pgTable(
  "conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    context: conversationContextEnum().notNull(),
    /** The pair, in the pair context; null in the team context. */
    matchId: uuid().references(() => matches.id, { onDelete: "cascade" }),
    /** Who planned or started it: one of the pair, or the manager in the team context. */
    leadMembershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    /** The other person: the pair's other one, or the team member. */
    partnerMembershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    /** The guide's key ("career", "custom:<uuid>") and kind, for counting and for learning tracks. */
    guideKey: text().notNull(),
    guideKind: text().$type<StoredGuide["kind"]>().notNull(),
    /** The guide as it was when the conversation was planned: later edits of an own guide do not change it. */
    guide: jsonb().$type<StoredGuide>().notNull(),
    status: conversationStatusEnum().notNull().default("planned"),
    /** The day the two mean to talk, when planned ahead. */
    plannedOn: date({ mode: "string" }),
    /** When the other person was emailed that it is planned, with the guide's preparation when it has one. */
    announcedAt: timestamp({ withTimezone: true }),
    /** The runner's pause-aware clock (lib/scheduling/time/runner-clock.ts); the closing step is the last step. */
    clock: jsonb().$type<StoredRunnerClock>(),
    startedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("conversations_org_closed_idx").on(t.organizationId, t.closedAt),
    index("conversations_match_idx").on(t.matchId),
    index("conversations_lead_idx").on(t.leadMembershipId),
    index("conversations_partner_idx").on(t.partnerMembershipId),
    check("conversations_context_match", sql`(${t.context} = 'pair') = (${t.matchId} is not null)`),
    check("conversations_two_people", sql`${t.leadMembershipId} <> ${t.partnerMembershipId}`),
    check("conversations_started", sql`${t.status} = 'planned' or (${t.clock} is not null and ${t.startedAt} is not null)`),
    check("conversations_closed", sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    // One open conversation per pair, and per manager and team member: a second press of "start" finds the first.
    uniqueIndex("conversations_one_open_per_pair").on(t.matchId).where(sql`${t.context} = 'pair' and ${t.status} <> 'closed'`),
    uniqueIndex("conversations_one_open_per_team_member").on(t.leadMembershipId, t.partnerMembershipId).where(sql`${t.context} = 'team' and ${t.status} <> 'closed'`),
  ],
);

/** What the two agreed (how they work together, what they keep doing), written at the closing step. */
export const conversationAgreements = pgTable(
  "conversation_agreements",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    conversationId: uuid().notNull().references(() => conversations.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conversation_agreements_org_idx").on(t.organizationId), uniqueIndex("conversation_agreements_position_key").on(t.conversationId, t.position)],
);

/** Who does what by when, written at the closing step; either of the two ticks one off later. */
export const conversationActions = pgTable(
  "conversation_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    conversationId: uuid().notNull().references(() => conversations.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    description: text().notNull(),
    /** One of the two people, or nobody in particular. */
    ownerMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    dueDate: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("conversation_actions_org_idx").on(t.organizationId),
    uniqueIndex("conversation_actions_position_key").on(t.conversationId, t.position),
    index("conversation_actions_owner_idx").on(t.ownerMembershipId),
  ],
);

export type Conversation = typeof conversations.$inferSelect;
export type ConversationAction = typeof conversationActions.$inferSelect;
export type ConversationAgreement = typeof conversationAgreements.$inferSelect;
