import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { users } from "./auth";

export const localeEnum = pgEnum("locale", ["nl", "en"]);
export const roleEnum = pgEnum("membership_role", ["member", "facilitator", "admin"]);
export const membershipStatusEnum = pgEnum("membership_status", ["invited", "active", "removed"]);

/** SCIM's name sub-attributes as the identity provider sent them. */
export type ScimNameParts = { formatted?: string; givenName?: string; familyName?: string; middleName?: string };

/** A topic of the organisation's own list; members pick from it, matching compares slugs. */
export type Topic = { slug: string; label: { nl: string; en: string } };

export const organizations = pgTable(
  "organizations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    slug: text().notNull().unique(),
    defaultLocale: localeEnum().notNull().default("nl"),
    timeZone: text().notNull().default("Europe/Amsterdam"),
    topics: jsonb().$type<Topic[]>().notNull().default([]),
    /** An admin's setting that maps SSO sign-ins to this organisation (SECURITY.md rule 7). */
    ssoProvider: text(),
    ssoTenantId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // One SSO tenant belongs to one organisation, or sign-ins could land in the wrong one.
  (t) => [uniqueIndex("organizations_sso_key").on(t.ssoProvider, t.ssoTenantId)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    /** Null until the invited person accepts their invitation. */
    userId: text().references(() => users.id, { onDelete: "set null" }),
    email: text().notNull(),
    role: roleEnum().notNull().default("member"),
    status: membershipStatusEnum().notNull().default("invited"),
    name: text().notNull(),
    jobTitle: text(),
    department: text(),
    managerMembershipId: uuid().references((): AnyPgColumn => memberships.id, { onDelete: "set null" }),
    seniority: integer(),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    timeZone: text(),
    topics: text().array().notNull().default(sql`'{}'::text[]`),
    bio: text(),
    /** Weekly availability as slot keys "mon-09" (an hour starting at 09:00 in the member's own time zone). */
    availability: text().array().notNull().default(sql`'{}'::text[]`),
    /** The identity provider's own id for this person (SCIM externalId: Entra's mailNickname or objectId, Okta's user id). */
    externalId: text(),
    /**
     * The SCIM userName (Entra's user principal name, Okta's login), kept apart from the address because an
     * identity provider may change either alone. Null: never provisioned; the address stands in.
     */
    scimUserName: text(),
    /** The name parts the identity provider sent, so that a PATCH of one part keeps the others (`name` is what Kring shows). */
    scimName: jsonb().$type<ScimNameParts>(),
    /**
     * When provisioning switched this person off (SCIM active false). A member removed this way stays
     * visible to the identity provider, which may switch them on again; one removed otherwise does not.
     */
    scimDeactivatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow().$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("memberships_org_email_key").on(t.organizationId, t.email),
    uniqueIndex("memberships_org_user_key").on(t.organizationId, t.userId),
    index("memberships_user_idx").on(t.userId),
    index("memberships_manager_idx").on(t.managerMembershipId),
    index("memberships_org_external_id_idx").on(t.organizationId, t.externalId).where(sql`${t.externalId} is not null`),
    // SCIM's userName is unique and compared without regard to case (RFC 7643 §4.1.1).
    uniqueIndex("memberships_org_scim_user_name_key").on(t.organizationId, sql`lower(${t.scimUserName})`).where(sql`${t.scimUserName} is not null`),
    check("memberships_seniority_range", sql`${t.seniority} is null or ${t.seniority} between 1 and 10`),
    check("memberships_not_own_manager", sql`${t.managerMembershipId} is null or ${t.managerMembershipId} <> ${t.id}`),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    membershipId: uuid().notNull().references(() => memberships.id, { onDelete: "cascade" }),
    email: text().notNull(),
    /** sha256 of the token; the token itself only ever travels in the invitation email. */
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    invitedByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("invitations_org_idx").on(t.organizationId), index("invitations_membership_idx").on(t.membershipId)],
);

export type Organization = typeof organizations.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type MembershipRole = (typeof roleEnum.enumValues)[number];
export type Locale = (typeof localeEnum.enumValues)[number];
