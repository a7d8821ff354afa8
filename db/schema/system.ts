import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";

/** Fixed-window counters for sign-in emails per address and per IP (SECURITY.md rule 6). */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Append-only: who did what to whom, never content (SECURITY.md rule 17). */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    actorMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_org_idx").on(t.organizationId, t.createdAt)],
);

export const importStatusEnum = pgEnum("import_status", ["queued", "running", "done", "failed"]);

/** A CSV import of members: the rows wait here for the worker, which reports progress back. */
export const memberImports = pgTable(
  "member_imports",
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().notNull().references(() => organizations.id, { onDelete: "cascade" }),
    createdByMembershipId: uuid().references(() => memberships.id, { onDelete: "set null" }),
    status: importStatusEnum().notNull().default("queued"),
    rows: jsonb().$type<unknown[]>().notNull(),
    total: integer().notNull(),
    processed: integer().notNull().default(0),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("member_imports_org_idx").on(t.organizationId)],
);
