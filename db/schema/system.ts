import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberships, organizations } from "./organizations";
import type { StoredRejectedImportRow } from "./json-shapes";

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
    /** sha256 of the file: with the index below, one run of a file per organisation at a time. */
    fileHash: text(),
    /** The uploaded file's name, for the audit log and the progress page (never its rows). */
    fileName: text(),
    total: integer().notNull(),
    /** The rows left out because of errors (mode "valid"), for the admin to download, fix and import again. */
    rejected: jsonb().$type<StoredRejectedImportRow[]>().notNull().default([]),
    processed: integer().notNull().default(0),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("member_imports_org_idx").on(t.organizationId),
    // A double-clicked or replayed "start" finds the run that is under way instead of starting a second.
    uniqueIndex("member_imports_one_run_per_file")
      .on(t.organizationId, t.fileHash)
      .where(sql`status in ('queued', 'running')`),
  ],
);
