import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { StoredMethod, StoredRunnerClock } from "./json-shapes";
import { memberships, organizations } from "./organizations";
import { programmes } from "./programmes";
import { meetingSeries, meetings } from "./scheduling";

// Co-development (intervision) groups, issue 6. Everything a group says in confidence (cases, step notes,
// actions, learning, individual feedback) lives in these tables and is read only through lib/codevelopment,
// which checks that the reader is a member or the facilitator of that group (SECURITY.md rules 3 and 13).

/** An organisation's own intervision method, next to the built-in ones (lib/codevelopment/core/methods.ts). */
export const codevMethods = pgTable(
  "codev_methods",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    /** The method itself (name, summary and steps in both languages); its `key` is "custom:<id>". */
    method: jsonb().$type<StoredMethod>().notNull(),
    createdByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index("codev_methods_org_idx").on(t.organizationId)],
);

export const codevGroupStatusEnum = pgEnum("codev_group_status", ["proposed", "published", "closed"]);

/** A group of 5–8 managers. Proposed groups are the admin's draft; nobody is told before publishing. */
export const codevGroups = pgTable(
  "codev_groups",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    programmeId: uuid().notNull().references(() => programmes.id, { onDelete: "cascade" }),
    status: codevGroupStatusEnum().notNull().default("proposed"),
    /** Shown as "Group 1", "Groep 1": a number within the programme. */
    number: integer().notNull(),
    /** The language all members share and the weekly slot ("mon-09") the engine found for them. */
    language: text().notNull(),
    slot: text().notNull(),
    /** The group's series of sessions once scheduled (meeting_series owner_type 'group', owner_id = this id). */
    seriesId: uuid().references(() => meetingSeries.id, { onDelete: "set null" }),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("codev_groups_org_idx").on(t.organizationId),
    index("codev_groups_programme_idx").on(t.programmeId, t.status),
    uniqueIndex("codev_groups_programme_number_key").on(t.programmeId, t.number).where(sql`${t.status} <> 'closed'`),
  ],
);

export const codevGroupRoleEnum = pgEnum("codev_group_role", ["participant", "facilitator"]);

export const codevGroupMembers = pgTable(
  "codev_group_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    groupId: uuid().notNull().references(() => codevGroups.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    role: codevGroupRoleEnum().notNull().default("participant"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("codev_group_members_group_member_key").on(t.groupId, t.membershipId),
    index("codev_group_members_org_idx").on(t.organizationId),
    index("codev_group_members_membership_idx").on(t.membershipId),
  ],
);

export const codevTurnSwapStatusEnum = pgEnum("codev_turn_swap_status", ["requested", "accepted", "declined", "cancelled"]);

/** A member asks another to swap presenting turns (two sessions of the same group); the other accepts or not. */
export const codevTurnSwaps = pgTable(
  "codev_turn_swaps",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    groupId: uuid().notNull().references(() => codevGroups.id, { onDelete: "cascade" }),
    requesterMembershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    requesterSessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    partnerMembershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    partnerSessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    status: codevTurnSwapStatusEnum().notNull().default("requested"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("codev_turn_swaps_org_idx").on(t.organizationId), index("codev_turn_swaps_group_idx").on(t.groupId, t.status)],
);

export const codevCaseStatusEnum = pgEnum("codev_case_status", ["draft", "ready"]);

/** The presenter's one-page case for one session. Confidential to the group (never in admin pages or emails). */
export const codevCases = pgTable(
  "codev_cases",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    groupId: uuid().notNull().references(() => codevGroups.id, { onDelete: "cascade" }),
    presenterMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    title: text().notNull().default(""),
    context: text().notNull().default(""),
    tried: text().notNull().default(""),
    /** The presenter's question, in the first person. */
    question: text().notNull().default(""),
    helpWanted: text().notNull().default(""),
    status: codevCaseStatusEnum().notNull().default("draft"),
    facilitatorComment: text(),
    readyAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("codev_cases_session_key").on(t.sessionId), index("codev_cases_org_idx").on(t.organizationId), index("codev_cases_group_idx").on(t.groupId)],
);

export const codevNoticeKindEnum = pgEnum("codev_notice_kind", ["casePrep", "caseReady", "dayBefore", "caseLate", "actionsReminder", "feedback"]);

/**
 * Which clock-driven email of a session has gone out: the sweep inserts (session, kind) before writing the
 * emails, in one transaction, so each goes out once whatever the retries.
 */
export const codevSessionNotices = pgTable(
  "codev_session_notices",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    kind: codevNoticeKindEnum().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("codev_session_notices_once").on(t.sessionId, t.kind), index("codev_session_notices_org_idx").on(t.organizationId)],
);

/** The runner's state of one session (lib/scheduling/time/runner-clock.ts), shared by every screen that shows it. */
export const codevRunnerStates = pgTable(
  "codev_runner_states",
  {
    sessionId: uuid().primaryKey().references(() => meetings.id, { onDelete: "cascade" }),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    /** The method's steps as they were when the session started, so later edits do not shift a running session. */
    method: jsonb().$type<StoredMethod>().notNull(),
    clock: jsonb().$type<StoredRunnerClock>().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index("codev_runner_states_org_idx").on(t.organizationId)],
);

/** Notes taken during a step (by the facilitator or the presenter). Confidential to the group. */
export const codevStepNotes = pgTable(
  "codev_step_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    stepKey: text().notNull(),
    authorMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("codev_step_notes_org_idx").on(t.organizationId), index("codev_step_notes_session_idx").on(t.sessionId)],
);

/** The presenter's action plan: what they will try, by when; shown at the next session's opening. */
export const codevActions = pgTable(
  "codev_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    groupId: uuid().notNull().references(() => codevGroups.id, { onDelete: "cascade" }),
    ownerMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    description: text().notNull(),
    dueDate: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("codev_actions_org_idx").on(t.organizationId), index("codev_actions_group_idx").on(t.groupId, t.createdAt)],
);

/** What one participant takes away from a session. Confidential to the group. */
export const codevLearnings = pgTable(
  "codev_learnings",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("codev_learnings_once").on(t.sessionId, t.membershipId), index("codev_learnings_org_idx").on(t.organizationId)],
);

/** A participant's feedback on a session: only the facilitator reads single answers; L&D only aggregates. */
export const codevFeedback = pgTable(
  "codev_feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    score: integer().notNull(),
    comment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("codev_feedback_once").on(t.sessionId, t.membershipId),
    index("codev_feedback_org_idx").on(t.organizationId),
    check("codev_feedback_score_range", sql`${t.score} between 1 and 5`),
  ],
);

export type CodevGroup = typeof codevGroups.$inferSelect;
export type CodevGroupMember = typeof codevGroupMembers.$inferSelect;
export type CodevCase = typeof codevCases.$inferSelect;
export type CodevAction = typeof codevActions.$inferSelect;
export type CodevNoticeKind = (typeof codevNoticeKindEnum.enumValues)[number];
