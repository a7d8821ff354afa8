import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";

// Named meeting_* in the database (and meetings* in TypeScript): `sessions` is Auth.js's table of sign-ins.

/** Whose sessions these are. Matches and groups get their own tables later; "adhoc" is planned by hand. */
export const seriesOwnerTypeEnum = pgEnum("series_owner_type", ["match", "group", "adhoc"]);
export const meetingStatusEnum = pgEnum("meeting_status", ["scheduled", "moved", "cancelled", "held"]);
export const attendanceEnum = pgEnum("attendance", ["invited", "attended", "absent", "excused"]);

/** A recurring plan: every `cadence_weeks` weeks, `session_count` times, at `start_time` in `time_zone`. */
export const meetingSeries = pgTable(
  "meeting_series",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    ownerType: seriesOwnerTypeEnum().notNull().default("adhoc"),
    /** The match or group; null for an ad-hoc series (no foreign key until those tables exist). */
    ownerId: uuid(),
    title: text().notNull(),
    organizerMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    timeZone: text().notNull(),
    cadenceWeeks: integer().notNull(),
    sessionCount: integer().notNull(),
    firstDate: date({ mode: "string" }).notNull(),
    /** "HH:MM", a wall-clock time in time_zone. */
    startTime: text().notNull(),
    durationMinutes: integer().notNull(),
    place: text(),
    videoUrl: text(),
    skippedDates: date({ mode: "string" }).array().notNull().default(sql`'{}'::date[]`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    index("meeting_series_org_idx").on(t.organizationId),
    // A pair's or a group's sessions (insights, the pair's space): from the owner to its series. The owner's id
    // leads: under row-level security an enum comparison (owner_type) cannot be an index condition.
    index("meeting_series_owner_idx").on(t.ownerId, t.ownerType),
    check("meeting_series_cadence_range", sql`${t.cadenceWeeks} between 1 and 6`),
    check("meeting_series_count_range", sql`${t.sessionCount} between 1 and 52`),
    check("meeting_series_duration_range", sql`${t.durationMinutes} between 15 and 480`),
    check("meeting_series_start_time", sql`${t.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("meeting_series_owner", sql`(${t.ownerType} = 'adhoc') = (${t.ownerId} is null)`),
  ],
);

/** One meeting. Its instant is stored in UTC; `time_zone` says which clock it was planned on. */
export const meetings = pgTable(
  "meeting_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    seriesId: uuid().references(() => meetingSeries.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    timeZone: text().notNull(),
    durationMinutes: integer().notNull(),
    place: text(),
    videoUrl: text(),
    status: meetingStatusEnum().notNull().default("scheduled"),
    /** The calendar identity of this session: never changes, so updates and cancellations replace it. */
    icsUid: text().notNull(),
    /** Raised on every change that calendars must see. */
    icsSequence: integer().notNull().default(0),
    casePresenterMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("meeting_sessions_ics_uid_key").on(t.icsUid),
    index("meeting_sessions_org_starts_idx").on(t.organizationId, t.startsAt),
    index("meeting_sessions_series_idx").on(t.seriesId, t.startsAt),
    check("meeting_sessions_duration_range", sql`${t.durationMinutes} between 15 and 480`),
    check("meeting_sessions_sequence", sql`${t.icsSequence} >= 0`),
  ],
);

export const meetingParticipants = pgTable(
  "meeting_participants",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    sessionId: uuid().notNull().references(() => meetings.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    attendance: attendanceEnum().notNull().default("invited"),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("meeting_participants_session_member_key").on(t.sessionId, t.membershipId),
    index("meeting_participants_membership_idx").on(t.membershipId),
    index("meeting_participants_org_idx").on(t.organizationId),
  ],
);

/** A private calendar feed link; only the sha256 of its token is stored, and a revoked one answers 404. */
export const calendarFeedTokens = pgTable(
  "calendar_feed_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("calendar_feed_tokens_hash_key").on(t.tokenHash),
    index("calendar_feed_tokens_membership_idx").on(t.membershipId),
    index("calendar_feed_tokens_org_idx").on(t.organizationId),
  ],
);

export type MeetingSeries = typeof meetingSeries.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type MeetingStatus = (typeof meetingStatusEnum.enumValues)[number];
export type Attendance = (typeof attendanceEnum.enumValues)[number];
export type MeetingParticipant = typeof meetingParticipants.$inferSelect;
