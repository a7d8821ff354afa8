import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";
import { enrolments, programmes } from "./programmes";
import { meetings } from "./scheduling";

export const matchingRunStatusEnum = pgEnum("matching_run_status", ["proposed", "published", "superseded"]);
export const matchStatusEnum = pgEnum("match_status", ["proposed", "requested", "accepted", "declined", "expired", "withdrawn", "ended"]);
export const declineReasonEnum = pgEnum("match_decline_reason", ["noTime", "notAGoodFit", "conflictOfInterest", "other"]);

/** A round's figures as the proposal page shows them; stored so that a published round keeps its numbers. */
export type MatchingRunFigures = { matched: number; unmatched: number; meanScore: number; mentorLoad: { used: number; capacity: number } };

/** A mentee left out of a round and why (lib/matching's UnmatchedMenteeReason), kept with the run. */
export type UnmatchedEntry = { menteeEnrolmentId: string; reason: Record<string, unknown> };

export const matchingRuns = pgTable(
  "matching_runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    programmeId: uuid().notNull().references(() => programmes.id, { onDelete: "cascade" }),
    status: matchingRunStatusEnum().notNull().default("proposed"),
    figures: jsonb().$type<MatchingRunFigures>().notNull(),
    unmatched: jsonb().$type<UnmatchedEntry[]>().notNull().default([]),
    createdByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("matching_runs_org_idx").on(t.organizationId),
    index("matching_runs_programme_idx").on(t.programmeId, t.createdAt),
    // At most one proposal per programme at a time: a new run supersedes the old one first.
    uniqueIndex("matching_runs_one_proposed").on(t.programmeId).where(sql`${t.status} = 'proposed'`),
  ],
);

export const matches = pgTable(
  "matches",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    programmeId: uuid().notNull().references(() => programmes.id, { onDelete: "cascade" }),
    /** The round that proposed it; null for a request a mentee made themselves (self-select mode). */
    runId: uuid().references(() => matchingRuns.id, { onDelete: "cascade" }),
    mentorEnrolmentId: uuid().notNull().references(() => enrolments.id, { onDelete: "cascade" }),
    menteeEnrolmentId: uuid().notNull().references(() => enrolments.id, { onDelete: "cascade" }),
    score: numeric({ precision: 6, scale: 4, mode: "number" }).notNull(),
    /** The engine's ScoreFactor list; the app words it per reader (lib/mentoring/core/explain.ts). */
    explanation: jsonb().$type<Record<string, unknown>[]>().notNull().default([]),
    pinned: boolean().notNull().default(false),
    status: matchStatusEnum().notNull().default("proposed"),
    requestDeadline: timestamp({ withTimezone: true }),
    declineReason: declineReasonEnum(),
    declineText: text(),
    respondedAt: timestamp({ withTimezone: true }),
    /** Set when the reminder before the deadline was written, so the sweep reminds once. */
    reminderSentAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    endedByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("matches_org_idx").on(t.organizationId),
    index("matches_run_idx").on(t.runId),
    index("matches_mentor_idx").on(t.mentorEnrolmentId, t.status),
    index("matches_mentee_idx").on(t.menteeEnrolmentId),
    // Open requests by deadline: the sweep's expiries and reminders, and the insights' "about to expire".
    index("matches_requested_deadline_idx").on(t.requestDeadline).where(sql`${t.status} = 'requested'`),
    // A mentee has at most one accepted mentor per programme, whatever races happen.
    uniqueIndex("matches_one_accepted_per_mentee").on(t.programmeId, t.menteeEnrolmentId).where(sql`${t.status} = 'accepted'`),
    // And has one live match per run; a declined or expired one may be followed by a re-match in the same run.
    uniqueIndex("matches_run_mentee_live_key")
      .on(t.runId, t.menteeEnrolmentId)
      .where(sql`${t.status} in ('proposed', 'requested', 'accepted')`),
    // A mentee choosing for themselves (no run) has one live request at a time.
    uniqueIndex("matches_self_select_one_live")
      .on(t.programmeId, t.menteeEnrolmentId)
      .where(sql`${t.runId} is null and ${t.status} in ('requested', 'accepted')`),
    check("matches_score_range", sql`${t.score} between 0 and 1`),
    check("matches_not_self", sql`${t.mentorEnrolmentId} <> ${t.menteeEnrolmentId}`),
  ],
);

/**
 * Accepted matches per mentor enrolment, kept by the accept/end code under a row lock; the CHECK makes an
 * over-capacity accept fail in the database even if that code were wrong (SECURITY.md rule 10).
 */
export const mentorLoads = pgTable(
  "mentor_loads",
  {
    mentorEnrolmentId: uuid().primaryKey().references(() => enrolments.id, { onDelete: "cascade" }),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    acceptedCount: integer().notNull().default(0),
    capacity: integer().notNull(),
  },
  (t) => [index("mentor_loads_org_idx").on(t.organizationId), check("mentor_loads_within_capacity", sql`${t.acceptedCount} between 0 and ${t.capacity}`)],
);

export const goalStatusEnum = pgEnum("mentoring_goal_status", ["notStarted", "onTrack", "atRisk", "done", "dropped"]);

/** A SMART goal of a pair: each letter a field, so that a vague goal shows its gaps. Both people edit it. */
export const mentoringGoals = pgTable(
  "mentoring_goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    matchId: uuid().notNull().references(() => matches.id, { onDelete: "cascade" }),
    specific: text().notNull(),
    measurable: text().notNull(),
    achievable: text().notNull(),
    relevant: text().notNull(),
    /** Time-bound: the date the goal is due, a calendar day in the organisation's zone. */
    dueDate: date({ mode: "string" }).notNull(),
    status: goalStatusEnum().notNull().default("notStarted"),
    progress: integer().notNull().default(0),
    /** Set when the "goal due" email was written, so that it goes out once per due date. */
    dueRemindedFor: date({ mode: "string" }),
    createdByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("mentoring_goals_org_idx").on(t.organizationId),
    index("mentoring_goals_match_idx").on(t.matchId),
    check("mentoring_goals_progress_range", sql`${t.progress} between 0 and 100`),
  ],
);

/** The pair's shared private notes: only the two of them read them (never admins, never exports of others). */
export const matchNotes = pgTable(
  "match_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    matchId: uuid().notNull().references(() => matches.id, { onDelete: "cascade" }),
    authorMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("match_notes_org_idx").on(t.organizationId), index("match_notes_match_idx").on(t.matchId, t.createdAt)],
);

export const checkInKindEnum = pgEnum("match_check_in_kind", ["fit", "closing"]);

/**
 * One person's answer about the pairing: the fit check after the first meeting ("good fit", or ask the
 * admin for a new match) and the closing reflection when the mentorship ends. One of each per person.
 */
export const matchCheckIns = pgTable(
  "match_check_ins",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    matchId: uuid().notNull().references(() => matches.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    kind: checkInKindEnum().notNull(),
    /** Fit check: true = a good fit, false = please find me a new match. Null for a closing reflection. */
    goodFit: boolean(),
    text: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("match_check_ins_org_idx").on(t.organizationId),
    uniqueIndex("match_check_ins_once").on(t.matchId, t.membershipId, t.kind),
  ],
);

export type MentoringGoal = typeof mentoringGoals.$inferSelect;
export type GoalStatus = (typeof goalStatusEnum.enumValues)[number];
export type MatchNote = typeof matchNotes.$inferSelect;
export type MatchCheckIn = typeof matchCheckIns.$inferSelect;
export type MatchingRun = typeof matchingRuns.$inferSelect;
export type Match = typeof matches.$inferSelect;
export type MatchStatus = (typeof matchStatusEnum.enumValues)[number];

export const meetingProposalStatusEnum = pgEnum("match_meeting_proposal_status", ["open", "accepted", "replaced", "withdrawn"]);

/**
 * A meeting time one person of a pair proposes by hand; the other accepts it (it becomes a planned meeting
 * of the pair, invitations and all) or suggests another, which replaces it. One open proposal per pair.
 */
export const matchMeetingProposals = pgTable(
  "match_meeting_proposals",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    matchId: uuid().notNull().references(() => matches.id, { onDelete: "cascade" }),
    proposedByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    /** The proposer's zone: the clock the time was typed on, and that the planned meeting keeps. */
    timeZone: text().notNull(),
    status: meetingProposalStatusEnum().notNull().default("open"),
    /** The planned meeting, once accepted. */
    sessionId: uuid().references(() => meetings.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("match_meeting_proposals_org_idx").on(t.organizationId),
    index("match_meeting_proposals_match_idx").on(t.matchId, t.createdAt),
    uniqueIndex("match_meeting_proposals_one_open").on(t.matchId).where(sql`${t.status} = 'open'`),
    check("match_meeting_proposals_duration_range", sql`${t.durationMinutes} between 15 and 480`),
  ],
);

export type MatchMeetingProposal = typeof matchMeetingProposals.$inferSelect;
