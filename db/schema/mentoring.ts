import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";
import { enrolments, programmes } from "./programmes";

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
    runId: uuid().notNull().references(() => matchingRuns.id, { onDelete: "cascade" }),
    mentorEnrolmentId: uuid().notNull().references(() => enrolments.id, { onDelete: "cascade" }),
    menteeEnrolmentId: uuid().notNull().references(() => enrolments.id, { onDelete: "cascade" }),
    score: numeric({ precision: 6, scale: 4, mode: "number" }).notNull(),
    /** The engine's ScoreFactor list; the app words it per reader (lib/mentoring/explain.ts). */
    explanation: jsonb().$type<Record<string, unknown>[]>().notNull().default([]),
    pinned: boolean().notNull().default(false),
    status: matchStatusEnum().notNull().default("proposed"),
    requestDeadline: timestamp({ withTimezone: true }),
    declineReason: declineReasonEnum(),
    declineText: text(),
    respondedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("matches_org_idx").on(t.organizationId),
    index("matches_run_idx").on(t.runId),
    index("matches_mentor_idx").on(t.mentorEnrolmentId, t.status),
    index("matches_mentee_idx").on(t.menteeEnrolmentId),
    // A mentee has at most one accepted mentor per programme, whatever races happen.
    uniqueIndex("matches_one_accepted_per_mentee").on(t.programmeId, t.menteeEnrolmentId).where(sql`${t.status} = 'accepted'`),
    // And has one live match per run; a declined or expired one may be followed by a re-match in the same run.
    uniqueIndex("matches_run_mentee_live_key")
      .on(t.runId, t.menteeEnrolmentId)
      .where(sql`${t.status} in ('proposed', 'requested', 'accepted')`),
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

export type MatchingRun = typeof matchingRuns.$inferSelect;
export type Match = typeof matches.$inferSelect;
export type MatchStatus = (typeof matchStatusEnum.enumValues)[number];
