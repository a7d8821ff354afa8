import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";
import { memberImports, memberships, organizations } from "@/db/schema";
import type { StoredRejectedImportRow } from "@/db/schema/json-shapes";
import { bossDb, getProducer } from "@/lib/jobs/boss";
import { queues } from "@/lib/jobs/queues";
import { AppError } from "@/lib/errors";
import { recordMemberAudit } from "./audit";
import { parseMembersCsv, type CsvFileError } from "./csv";
import type { ImportMode } from "./schemas";
import { validateImportRows, type ImportPreviewRow, type ImportValidation, type OrganizationMemberSnapshot } from "./import-validation";
import { withActor, type MemberScope } from "@/lib/auth/actor";

export type ImportPreview =
  | { ok: true; fileHash: string; rows: ImportPreviewRow[]; counts: ImportValidation["counts"] }
  | { ok: false; fileHash: string; fileError: CsvFileError };

export type StartImportResult =
  | { ok: true; importId: string }
  | { ok: false; reason: "fileChanged" | "hasErrors" | "nothingToImport" }
  | { ok: false; reason: "alreadyRunning"; importId: string };

/** Identifies the file the admin saw in the preview, so that the import writes exactly that file. */
export function csvFileHash(csvText: string): string {
  return createHash("sha256").update(csvText).digest("hex");
}

/** Checks a file and shows what an import would do. Writes nothing. */
export async function previewMemberImport(scope: MemberScope, csvText: string): Promise<ImportPreview> {
  const fileHash = csvFileHash(csvText);
  const parsed = parseMembersCsv(csvText);
  if (!parsed.ok) return { ok: false, fileHash, fileError: parsed.error };
  const validation = await withActor(scope, "members.invite", async (tx) => {
    const { snapshot, defaultLocale } = await loadOrganizationSnapshot(tx, scope.organizationId);
    return validateImportRows(parsed.rows, snapshot, defaultLocale);
  });
  return { ok: true, fileHash, rows: validation.rows, counts: validation.counts };
}

/**
 * Checks the file again (the preview proves nothing to the server) and stores the rows and queues the
 * import job in the same transaction. Mode "all": only when no row has an error. Mode "valid": the rows
 * without errors, and the others kept on the import for the admin to download. One run of a file per
 * organisation at a time (a unique index on the file's hash while queued or running): a second start of the
 * same file, concurrent or replayed, finds the first run and answers with it instead of starting another.
 */
export async function startMemberImport(
  scope: MemberScope,
  csvText: string,
  previewedFileHash: string,
  options: { fileName?: string | null; mode?: ImportMode } = {},
): Promise<StartImportResult> {
  const { fileName = null, mode = "all" } = options;
  const fileHash = csvFileHash(csvText);
  if (fileHash !== previewedFileHash) return { ok: false, reason: "fileChanged" };
  const parsed = parseMembersCsv(csvText);
  if (!parsed.ok) return { ok: false, reason: "hasErrors" };
  const { organizationId } = scope;
  return withActor(scope, "members.invite", async (tx): Promise<StartImportResult> => {
    const running = await runningImportOf(tx, organizationId, fileHash);
    if (running) return { ok: false, reason: "alreadyRunning", importId: running };
    const { snapshot, defaultLocale } = await loadOrganizationSnapshot(tx, organizationId);
    const validation = validateImportRows(parsed.rows, snapshot, defaultLocale, mode);
    if (mode === "all" && validation.counts.withErrors > 0) return { ok: false, reason: "hasErrors" };
    const rejected = validation.rows
      .filter((row) => row.errors.length > 0)
      .map(({ row, name, email, department, managerEmail, language, errors }) => ({
        row,
        name: printable(name),
        email: printable(email),
        department: printable(department),
        managerEmail: printable(managerEmail),
        language: printable(language),
        errors,
      }));
    if (validation.toWrite.length === 0) return { ok: false, reason: "nothingToImport" };
    // A start racing this one blocks on the index until we commit, then writes nothing.
    const [created] = await tx
      .insert(memberImports)
      .values({ organizationId, createdByMembershipId: scope.actorMembershipId, rows: validation.toWrite, total: validation.toWrite.length, rejected, fileHash, fileName })
      .onConflictDoNothing()
      .returning({ id: memberImports.id });
    if (!created) {
      const winner = await runningImportOf(tx, organizationId, fileHash);
      if (winner) return { ok: false, reason: "alreadyRunning", importId: winner };
      throw new AppError("conflict");
    }
    const boss = await getProducer();
    await boss.send(queues.importMembers, { importId: created.id }, { id: created.id, db: bossDb(tx) });
    await recordMemberAudit(tx, {
      organizationId,
      actorMembershipId: scope.actorMembershipId,
      action: "members.importStarted",
      targetId: created.id,
      data: { rows: validation.toWrite.length, skipped: validation.counts.skip, rejected: rejected.length, mode, ...(fileName ? { fileName } : {}) },
    });
    return { ok: true, importId: created.id };
  });
}

/**
 * A rejected cell as it can be kept: PostgreSQL's jsonb refuses NUL, and a row refused for a control
 * character must still come back (its reason says which row); each one becomes U+FFFD.
 */
function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, "\uFFFD");
}

/** The import of this file that is queued or running in the organisation, if any. */
async function runningImportOf(tx: Tx, organizationId: string, fileHash: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: memberImports.id })
    .from(memberImports)
    .where(and(eq(memberImports.organizationId, organizationId), eq(memberImports.fileHash, fileHash), inArray(memberImports.status, ["queued", "running"])));
  return row?.id ?? null;
}

/** Every address of the organisation with its status and manager's address, read in one query. */
async function loadOrganizationSnapshot(tx: Tx, organizationId: string) {
  const manager = alias(memberships, "manager");
  const [organization] = await tx.select({ defaultLocale: organizations.defaultLocale }).from(organizations).where(eq(organizations.id, organizationId));
  const rows = await tx
    .select({ email: memberships.email, status: memberships.status, managerEmail: manager.email })
    .from(memberships)
    .leftJoin(manager, and(eq(manager.id, memberships.managerMembershipId), eq(manager.organizationId, organizationId)))
    .where(eq(memberships.organizationId, organizationId));
  const snapshot: OrganizationMemberSnapshot = new Map(rows.map((r) => [r.email, { status: r.status, managerEmail: r.managerEmail }]));
  return { snapshot, defaultLocale: organization.defaultLocale };
}

export type MemberImportStatus = { status: "queued" | "running" | "done" | "failed"; processed: number; total: number; rejected: number };

/** The progress of one import of the actor's organisation, or null (also for another organisation's). */
export async function getMemberImportStatus(scope: MemberScope, importId: string): Promise<MemberImportStatus | null> {
  const [row] = await withActor(scope, "members.invite", (tx) =>
    tx
      .select({ status: memberImports.status, processed: memberImports.processed, total: memberImports.total, rejected: sql<number>`jsonb_array_length(${memberImports.rejected})` })
      .from(memberImports)
      .where(and(eq(memberImports.id, importId), eq(memberImports.organizationId, scope.organizationId))),
  );
  return row ?? null;
}

/** The rows an import left out, with the file's name, or null (also for another organisation's import). */
export async function getRejectedImportRows(scope: MemberScope, importId: string): Promise<{ fileName: string | null; rows: StoredRejectedImportRow[] } | null> {
  const [row] = await withActor(scope, "members.invite", (tx) =>
    tx
      .select({ fileName: memberImports.fileName, rows: memberImports.rejected })
      .from(memberImports)
      .where(and(eq(memberImports.id, importId), eq(memberImports.organizationId, scope.organizationId))),
  );
  return row ?? null;
}
