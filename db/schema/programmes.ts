import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";

export const programmeKindEnum = pgEnum("programme_kind", ["mentoring", "codevelopment"]);
export const programmeStatusEnum = pgEnum("programme_status", ["draft", "open", "matching", "running", "closed"]);
export const enrolmentRoleEnum = pgEnum("enrolment_role", ["mentee", "mentor", "participant", "facilitator"]);
export const enrolmentStatusEnum = pgEnum("enrolment_status", ["active", "withdrawn"]);

export type LocalizedText = { nl: string; en: string };

export const programmes = pgTable(
  "programmes",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    kind: programmeKindEnum().notNull(),
    status: programmeStatusEnum().notNull().default("draft"),
    name: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull(),
    signupOpensAt: timestamp({ withTimezone: true }),
    signupClosesAt: timestamp({ withTimezone: true }),
    /** Kind-specific settings (criteria weights, capacity, group size, cadence, method); typed by each kind (lib/mentoring/kind.ts, lib/codevelopment/kind.ts). */
    settings: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** When group formation last ran: a run that formed no group is still a proposal, with its reasons. */
    groupsFormedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [index("programmes_org_idx").on(t.organizationId)],
);

export const enrolments = pgTable(
  "enrolments",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    programmeId: uuid().notNull().references(() => programmes.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    role: enrolmentRoleEnum().notNull(),
    status: enrolmentStatusEnum().notNull().default("active"),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    capacity: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("enrolments_programme_member_role_key").on(t.programmeId, t.membershipId, t.role),
    index("enrolments_org_idx").on(t.organizationId),
    index("enrolments_membership_idx").on(t.membershipId),
    check("enrolments_capacity_range", sql`${t.capacity} is null or ${t.capacity} between 0 and 10`),
  ],
);

export type Programme = typeof programmes.$inferSelect;
export type Enrolment = typeof enrolments.$inferSelect;
