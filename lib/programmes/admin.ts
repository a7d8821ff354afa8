import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditEvents, enrolments, organizations, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";
import { AppError } from "@/lib/errors";
import type { ProgrammeInput } from "./schemas";
import { readMentoringSettings, type MentoringSettings } from "@/lib/mentoring/core/settings";
import { datesFromWindow, windowFromDates } from "./window";

export type AdminProgrammeRow = {
  id: string;
  kind: "mentoring" | "codevelopment";
  status: "draft" | "open" | "matching" | "running" | "closed";
  name: LocalizedText;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
  enrolled: number;
};

type AdminProgrammeBase = Omit<AdminProgrammeRow, "kind"> & {
  description: LocalizedText;
  opens: string | null;
  closes: string | null;
};

/** Told apart by kind: each kind has its own settings. */
export type AdminProgramme = (AdminProgrammeBase & { kind: "mentoring"; settings: MentoringSettings }) | (AdminProgrammeBase & { kind: "codevelopment"; settings: CodevSettings });

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

export async function getProgrammeForAdmin(scope: MemberScope, programmeId: string): Promise<AdminProgramme | null> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const [row] = await tx.select().from(programmes).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)));
    if (!row) return null;
    const [{ n }] = await tx
      .select({ n: count() })
      .from(enrolments)
      .where(and(eq(enrolments.organizationId, scope.organizationId), eq(enrolments.programmeId, programmeId), eq(enrolments.status, "active")));
    const { opens, closes } = datesFromWindow({ opensAt: row.signupOpensAt, closesAt: row.signupClosesAt }, await organizationTimeZone(tx, scope.organizationId));
    const base: AdminProgrammeBase = {
      id: row.id,
      status: row.status,
      name: row.name,
      description: row.description,
      signupOpensAt: row.signupOpensAt,
      signupClosesAt: row.signupClosesAt,
      enrolled: n,
      opens,
      closes,
    };
    return row.kind === "mentoring"
      ? { ...base, kind: "mentoring", settings: readMentoringSettings(row.settings) }
      : { ...base, kind: "codevelopment", settings: readCodevSettings(row.settings) };
  });
}

async function programmeValues(tx: Tx, organizationId: string, input: ProgrammeInput) {
  const { opensAt, closesAt } = windowFromDates(input.opens, input.closes, await organizationTimeZone(tx, organizationId));
  const settings: MentoringSettings = {
    matchingMode: input.matchingMode,
    weights: input.weights,
    minSeniorityGap: input.minSeniorityGap,
    departmentRule: input.departmentRule,
    defaultCapacity: input.defaultCapacity,
    responseDays: input.responseDays,
  };
  return {
    name: { nl: input.nameNl, en: input.nameEn },
    description: { nl: input.descriptionNl, en: input.descriptionEn },
    signupOpensAt: opensAt,
    signupClosesAt: closesAt,
    settings,
  };
}

/** A new mentoring programme starts as a draft; the organisation comes from the scope, never the form. */
export async function createMentoringProgramme(scope: MemberScope, input: ProgrammeInput): Promise<string> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const values = await programmeValues(tx, scope.organizationId, input);
    const [row] = await tx
      .insert(programmes)
      .values({ organizationId: scope.organizationId, kind: "mentoring", status: "draft", ...values })
      .returning({ id: programmes.id });
    await recordProgrammeAudit(tx, scope, "programme.created", row.id, { kind: "mentoring" });
    return row.id;
  });
}

/** Edits a mentoring programme that is not archived; the WHERE clause carries every condition. */
export async function updateMentoringProgramme(scope: MemberScope, programmeId: string, input: ProgrammeInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const values = await programmeValues(tx, scope.organizationId, input);
    const updated = await tx
      .update(programmes)
      .set(values)
      .where(
        and(
          eq(programmes.id, programmeId),
          eq(programmes.organizationId, scope.organizationId),
          eq(programmes.kind, "mentoring"),
          inArray(programmes.status, ["draft", "open", "matching", "running"]),
        ),
      )
      .returning({ id: programmes.id });
    if (updated.length === 0) throw new AppError("not_found");
    await recordProgrammeAudit(tx, scope, "programme.updated", programmeId, {});
  });
}

export async function recordProgrammeAudit(tx: Tx, scope: MemberScope, action: string, programmeId: string, data: Record<string, unknown>): Promise<void> {
  // No names or descriptions: the audit log says who did what, never the content (SECURITY.md rule 17).
  await tx.insert(auditEvents).values({ organizationId: scope.organizationId, actorMembershipId: scope.actorMembershipId, action, targetType: "programme", targetId: programmeId, data });
}
