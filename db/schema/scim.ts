import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";

/**
 * The bearer token an identity provider (Entra ID, Okta) provisions one organisation with, over SCIM.
 * Only the sha256 of the token is stored; the token itself is shown to the admin once. One live token per
 * organisation: rotating revokes the old one in the same transaction that creates the new.
 */
export const scimTokens = pgTable(
  "scim_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    /** The token's first characters, so that an admin can tell which token an identity provider holds. */
    prefix: text().notNull(),
    createdByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Updated at most once a minute, not on every request. */
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("scim_tokens_hash_key").on(t.tokenHash),
    index("scim_tokens_org_idx").on(t.organizationId),
    // A double-clicked "create" or "rotate" cannot leave two live tokens.
    uniqueIndex("scim_tokens_one_live_per_org").on(t.organizationId).where(sql`${t.revokedAt} is null`),
  ],
);

export type ScimToken = typeof scimTokens.$inferSelect;
