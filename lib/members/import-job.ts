import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { memberImports, memberships, organizations } from "@/db/schema";
import { now } from "@/lib/clock";
import { errorSummary } from "@/lib/ops/error-summary";
import { logger } from "@/lib/ops/logger";
import { noteOrganization } from "@/lib/ops/request-context";
import { locales } from "@/lib/i18n/config";
import { lockReportingLines } from "@/lib/profiles/reporting-lines";
import { setManagersBatch, writeInvitationBatch, type ImportWriteContext } from "./import-writer";
import type { JobContext } from "@/lib/jobs/job-types";

export const importMembersPayloadSchema = z.object({ importId: z.uuid() });

const importRowsSchema = z.array(
  z.object({ name: z.string(), email: z.string(), department: z.string().nullable(), managerEmail: z.string().nullable(), language: z.enum(locales) }),
);

/** Large enough for few round trips, small enough for PostgreSQL's 65,535 parameters per statement. */
export const IMPORT_BATCH_SIZE = 1000;

/**
 * Runs a members CSV import (queue "members.import"). All rows are written in ONE tenant transaction
 * scoped to the import's own organisation: a failure anywhere leaves nothing behind. Progress goes
 * through a separate connection, so that the admin's page sees it while the transaction is still open.
 * A job for an import that is done or failed does nothing, and a second delivery while a run is under way
 * gives up at the lock, so a repeated job is harmless; a run that crashed before its commit ("running",
 * rolled back) is simply run again.
 */
export async function handleImportMembers(job: JobContext): Promise<void> {
  const { importId } = importMembersPayloadSchema.parse(job.data);
  const db = getDb();
  const [claimed] = await db
    .select({ organizationId: memberImports.organizationId, createdBy: memberImports.createdByMembershipId, rows: memberImports.rows })
    .from(memberImports)
    .where(and(eq(memberImports.id, importId), inArray(memberImports.status, ["queued", "running"])));
  if (!claimed) return;
  const { organizationId } = claimed;
  noteOrganization(organizationId);
  const thisImport = and(eq(memberImports.id, importId), eq(memberImports.organizationId, organizationId));
  try {
    const rows = importRowsSchema.parse(claimed.rows);
    await withTenant({ organizationId }, async (tx) => {
      // One run at a time: pg-boss may hand the job out again while a long import's transaction is open.
      // The lock ends with this transaction; a second run that cannot take it leaves the import to the first.
      const [lock] = await tx.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(hashtextextended(${`members.import:${importId}`}, 0)) as ok`);
      if (!lock.ok) return;
      await db.update(memberImports).set({ status: "running", processed: 0, error: null }).where(thisImport);
      await lockReportingLines(tx, organizationId);
      const context = await loadWriteContext(tx, organizationId, claimed.createdBy);
      const written = new Set<string>();
      for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
        const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
        for (const email of await writeInvitationBatch(tx, context, batch)) written.add(email);
        // `db`, not `tx`: the progress must be visible outside this transaction while it runs.
        await db.update(memberImports).set({ processed: start + batch.length }).where(thisImport);
      }
      // Managers in a second pass: a row may name a manager that a later batch creates.
      const lines = rows.filter((r) => written.has(r.email)).map(({ email, managerEmail }) => ({ email, managerEmail }));
      for (let start = 0; start < lines.length; start += IMPORT_BATCH_SIZE) {
        await setManagersBatch(tx, organizationId, lines.slice(start, start + IMPORT_BATCH_SIZE));
      }
      // "done" commits with the writes, so that a crash right after the commit cannot run the import (and
      // send every invitation) twice. The rows are personal data that only fed the job: the counts stay.
      await tx.update(memberImports).set({ status: "done", processed: rows.length, rows: [], finishedAt: now() }).where(thisImport);
    });
  } catch (error) {
    logger().error({ event: "import.failed", importId, organizationId, ...errorSummary(error) }, "members import failed");
    await db.update(memberImports).set({ status: "failed", error: "importFailed", rows: [], finishedAt: now() }).where(thisImport);
  }
}

async function loadWriteContext(tx: Tx, organizationId: string, createdBy: string | null): Promise<ImportWriteContext> {
  const [organization] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
  const [inviter] = createdBy
    ? await tx
        .select({ name: memberships.name })
        .from(memberships)
        .where(and(eq(memberships.id, createdBy), eq(memberships.organizationId, organizationId)))
    : [];
  return { organizationId, organizationName: organization.name, invitedByMembershipId: inviter ? createdBy : null, inviterName: inviter?.name ?? null };
}
