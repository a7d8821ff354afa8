import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";
import { programmes, type LocalizedText } from "./programmes";

// Learning tracks, issue 12: a programme's ordered steps (a conversation guide to run, a session to attend,
// a reflection to write, a reading), read and written through lib/tracks. A participant's reflection is
// theirs alone: only lib/tracks/participant.ts reads its text, filtered on the writer's own membership;
// admins and insights read lib/tracks' counts, never this table.

export const trackStepKindEnum = pgEnum("track_step_kind", ["conversation", "session", "reflection", "reading"]);

/** One track per programme. Week 1 of the track begins on `starts_on`, in the organisation's time zone. */
export const learningTracks = pgTable(
  "learning_tracks",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    programmeId: uuid().notNull().references(() => programmes.id, { onDelete: "cascade" }),
    startsOn: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("learning_tracks_programme_key").on(t.programmeId), index("learning_tracks_org_idx").on(t.organizationId)],
);

/**
 * A step of a track. A removed step keeps its row (removed_at), so that a reflection written for it stays
 * its writer's; every list and count leaves removed steps out.
 */
export const learningTrackSteps = pgTable(
  "learning_track_steps",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    trackId: uuid().notNull().references(() => learningTracks.id, { onDelete: "cascade" }),
    /** 1, 2, 3… among the steps not removed. */
    position: integer().notNull(),
    kind: trackStepKindEnum().notNull(),
    title: jsonb().$type<LocalizedText>().notNull(),
    /** Due by the end of this week of the track (week 1 is the first seven days); null: no due date. */
    dueWeek: integer(),
    /** The conversation guide to run: a built-in guide's key or "custom:<id>". */
    guideKey: text(),
    /** The reading's web address (https only). */
    url: text(),
    removedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("learning_track_steps_track_idx").on(t.trackId, t.position),
    index("learning_track_steps_org_idx").on(t.organizationId),
    check("learning_track_steps_due_week_range", sql`${t.dueWeek} is null or ${t.dueWeek} between 1 and 52`),
    check("learning_track_steps_position", sql`${t.position} >= 1`),
    check("learning_track_steps_guide", sql`(${t.kind} = 'conversation') = (${t.guideKey} is not null)`),
    check("learning_track_steps_url", sql`(${t.kind} = 'reading') = (${t.url} is not null) and (${t.url} is null or ${t.url} like 'https://%')`),
  ],
);

/** A step a participant has done (marked, or a reflection saved). Counted by insights; holds no text. */
export const learningTrackCompletions = pgTable(
  "learning_track_completions",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    stepId: uuid().notNull().references(() => learningTrackSteps.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    doneAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("learning_track_completions_once").on(t.stepId, t.membershipId),
    index("learning_track_completions_org_idx").on(t.organizationId),
    index("learning_track_completions_membership_idx").on(t.membershipId),
  ],
);

/** A participant's reflection on a step: private to its writer (nobody else reads it, admins included). */
export const learningTrackReflections = pgTable(
  "learning_track_reflections",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    stepId: uuid().notNull().references(() => learningTrackSteps.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("learning_track_reflections_once").on(t.stepId, t.membershipId),
    index("learning_track_reflections_org_idx").on(t.organizationId),
    index("learning_track_reflections_membership_idx").on(t.membershipId),
  ],
);

/** The overdue reminder of one step to one person: claimed before its email is written, so it goes out once. */
export const learningTrackReminders = pgTable(
  "learning_track_reminders",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    stepId: uuid().notNull().references(() => learningTrackSteps.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("learning_track_reminders_once").on(t.stepId, t.membershipId), index("learning_track_reminders_org_idx").on(t.organizationId)],
);

export type LearningTrack = typeof learningTracks.$inferSelect;
export type LearningTrackStep = typeof learningTrackSteps.$inferSelect;
export type TrackStepKind = (typeof trackStepKindEnum.enumValues)[number];
