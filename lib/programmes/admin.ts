import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditEvents, enrolments, organizations, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { ProgrammeKind } from "./kind";
import type { ProgrammeDetails } from "./schemas";
import { datesFromWindow, windowFromDates } from "./window";

// The administration every kind shares: the list, one programme's shared fields with its stored settings
// (each kind reads them: lib/registry/programme-kinds.ts), and the row's common fields written for a kind's
// create and update (lib/mentoring/programme-admin.ts, lib/codevelopment/programme-admin.ts).

export type AdminProgrammeRow = {
  id: string;
  kind: ProgrammeKind;
  status: "draft" | "open" | "matching" | "running" | "closed";
  name: LocalizedText;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
  enrolled: number;
};

/** One programme's shared fields, with its settings as stored: the kind's readSettings makes them typed. */
export type AdminProgrammeRecord = AdminProgrammeRow & {
  description: LocalizedText;
  opens: string | null;
  closes: string | null;
  settings: Record<string, unknown>;
};

/** The statuses in which a programme can still be edited (every one but archived). */
export const editableStatuses = ["draft", "open", "matching", "running"] as const;

export async function organizationTimeZone(tx: Tx, organizationId: string): Promise<string> {
  const [org] = await tx.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
  return org?.timeZone ?? "Europe/Amsterdam";
}

/** Every programme of the organisation, both kinds, newest first, with its number of active enrolments. */
export async function listProgrammesForAdmin(scope: MemberScope): Promise<AdminProgrammeRow[]> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const rows = await tx
      .select({ id: programmes.id, kind: programmes.kind, status: programmes.status, name: programmes.name, signupOpensAt: programmes.signupOpensAt, signupClosesAt: programmes.signupClosesAt })
      .from(programmes)
      .where(eq(programmes.organizationId, scope.organizationId))
      .orderBy(desc(programmes.createdAt), asc(programmes.id));
    if (rows.length === 0) return [];
    const counts = await tx
      .select({ programmeId: enrolments.programmeId, n: count() })
      .from(enrolments)
      .where(and(eq(enrolments.organizationId, scope.organizationId), inArray(enrolments.programmeId, rows.map((r) => r.id)), eq(enrolments.status, "active")))
      .groupBy(enrolments.programmeId);
    return rows.map((r) => ({ ...r, enrolled: counts.find((c) => c.programmeId === r.id)?.n ?? 0 }));
  });
}

export async function getProgrammeRecordForAdmin(scope: MemberScope, programmeId: string): Promise<AdminProgrammeRecord | null> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const [row] = await tx.select().from(programmes).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)));
    if (!row) return null;
    const [{ n }] = await tx
      .select({ n: count() })
      .from(enrolments)
      .where(and(eq(enrolments.organizationId, scope.organizationId), eq(enrolments.programmeId, programmeId), eq(enrolments.status, "active")));
    const { opens, closes } = datesFromWindow({ opensAt: row.signupOpensAt, closesAt: row.signupClosesAt }, await organizationTimeZone(tx, scope.organizationId));
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      name: row.name,
      description: row.description,
      signupOpensAt: row.signupOpensAt,
      signupClosesAt: row.signupClosesAt,
      enrolled: n,
      opens,
      closes,
      settings: row.settings,
    };
  });
}

async function detailValues(tx: Tx, organizationId: string, input: ProgrammeDetails) {
  const { opensAt, closesAt } = windowFromDates(input.opens, input.closes, await organizationTimeZone(tx, organizationId));
  return {
    name: { nl: input.nameNl, en: input.nameEn },
    description: { nl: input.descriptionNl, en: input.descriptionEn },
    signupOpensAt: opensAt,
    signupClosesAt: closesAt,
  };
}

export type ProgrammeRowInput = { kind: ProgrammeKind; details: ProgrammeDetails; settings: Record<string, unknown> };

/** A new programme of a kind starts as a draft; the organisation comes from the scope, never the form. */
export async function insertProgrammeRow(tx: Tx, scope: MemberScope, input: ProgrammeRowInput, audit: Record<string, unknown>): Promise<string> {
  const [row] = await tx
    .insert(programmes)
    .values({ organizationId: scope.organizationId, kind: input.kind, status: "draft", ...(await detailValues(tx, scope.organizationId, input.details)), settings: input.settings })
    .returning({ id: programmes.id });
  await recordProgrammeAudit(tx, scope, "programme.created", row.id, audit);
  return row.id;
}

/** Edits a programme of the kind that is not archived; the WHERE clause carries every condition. */
export async function updateProgrammeRow(tx: Tx, scope: MemberScope, programmeId: string, input: ProgrammeRowInput): Promise<void> {
  const updated = await tx
    .update(programmes)
    .set({ ...(await detailValues(tx, scope.organizationId, input.details)), settings: input.settings })
    .where(
      and(
        eq(programmes.id, programmeId),
        eq(programmes.organizationId, scope.organizationId),
        eq(programmes.kind, input.kind),
        inArray(programmes.status, [...editableStatuses]),
      ),
    )
    .returning({ id: programmes.id });
  if (updated.length === 0) throw new AppError("not_found");
  await recordProgrammeAudit(tx, scope, "programme.updated", programmeId, {});
}

export async function recordProgrammeAudit(tx: Tx, scope: MemberScope, action: string, programmeId: string, data: Record<string, unknown>): Promise<void> {
  // No names or descriptions: the audit log says who did what, never the content (SECURITY.md rule 17).
  await tx.insert(auditEvents).values({ organizationId: scope.organizationId, actorMembershipId: scope.actorMembershipId, action, targetType: "programme", targetId: programmeId, data });
}
