import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { programmes } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { copyLibraryMethod } from "@/lib/codevelopment/custom-methods";
import type { Method } from "@/lib/codevelopment/core/method-types";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";
import { AppError } from "@/lib/errors";
import { organizationTimeZone, recordProgrammeAudit } from "./admin";
import type { CodevProgrammeDetails, CodevProgrammeInput, ProgrammeStepsInput } from "./schemas";
import { lockProgramme } from "./lock";
import { windowFromDates } from "./window";

// A co-development programme's administration, next to the mentoring one in admin.ts: the same window,
// statuses (status.ts) and audit, with the co-development settings and the programme's own copy of a
// method from the library.

const editable = ["draft", "open", "matching", "running"] as const;

async function detailValues(tx: Tx, organizationId: string, input: CodevProgrammeDetails) {
  const { opensAt, closesAt } = windowFromDates(input.opens, input.closes, await organizationTimeZone(tx, organizationId));
  return {
    name: { nl: input.nameNl, en: input.nameEn },
    description: { nl: input.descriptionNl, en: input.descriptionEn },
    signupOpensAt: opensAt,
    signupClosesAt: closesAt,
  };
}

function settingsOf(input: CodevProgrammeDetails, method: Method): CodevSettings {
  return {
    groupSizeMin: input.groupSizeMin,
    groupSizeMax: input.groupSizeMax,
    cadenceWeeks: input.cadenceWeeks,
    sessionMinutes: input.sessionMinutes,
    facilitatorMode: input.facilitatorMode,
    languages: [...new Set(input.languages)],
    casePrepDays: input.casePrepDays,
    method,
  };
}

/** The programme row of the caller's organisation, locked, while it can still be changed. */
async function lockEditable(tx: Tx, scope: MemberScope, programmeId: string) {
  const row = await lockProgramme(tx, scope, programmeId, { mode: "update", kind: "codevelopment", statuses: editable });
  return { id: row.id, settings: readCodevSettings(row.settings) };
}

/** A new co-development programme starts as a draft with a copy of the chosen method. */
export async function createCodevProgramme(scope: MemberScope, input: CodevProgrammeInput): Promise<string> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const method = await copyLibraryMethod(tx, scope.organizationId, input.methodKey);
    const [row] = await tx
      .insert(programmes)
      .values({ organizationId: scope.organizationId, kind: "codevelopment", status: "draft", ...(await detailValues(tx, scope.organizationId, input)), settings: settingsOf(input, method) })
      .returning({ id: programmes.id });
    await recordProgrammeAudit(tx, scope, "programme.created", row.id, { kind: "codevelopment", method: method.key });
    return row.id;
  });
}

/** Edits everything but the method, which keeps its own forms (choose, and edit the copy). */
export async function updateCodevProgramme(scope: MemberScope, programmeId: string, input: CodevProgrammeDetails): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const current = await lockEditable(tx, scope, programmeId);
    await tx
      .update(programmes)
      .set({ ...(await detailValues(tx, scope.organizationId, input)), settings: settingsOf(input, current.settings.method) })
      .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)));
    await recordProgrammeAudit(tx, scope, "programme.updated", programmeId, {});
  });
}

/** Replaces the programme's copy with a fresh copy of a library method (its own edits are dropped). */
export async function chooseProgrammeMethod(scope: MemberScope, programmeId: string, methodKey: string): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const current = await lockEditable(tx, scope, programmeId);
    const method = await copyLibraryMethod(tx, scope.organizationId, methodKey);
    await tx
      .update(programmes)
      .set({ settings: { ...current.settings, method } })
      .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)));
    await recordProgrammeAudit(tx, scope, "programme.methodChosen", programmeId, { method: method.key });
  });
}

/**
 * Changes the words and minutes of the programme's copy, step by step. The steps sent must be the copy's
 * steps in the same order: a form opened before someone chose another method is refused, not mixed in.
 */
export async function saveProgrammeSteps(scope: MemberScope, input: ProgrammeStepsInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const current = await lockEditable(tx, scope, input.programmeId);
    const steps = current.settings.method.steps;
    if (steps.length !== input.steps.length || steps.some((s, i) => s.key !== input.steps[i].key)) throw new AppError("conflict", { message: "methodChanged" });
    const method: Method = {
      ...current.settings.method,
      steps: steps.map((step, i) => ({ ...step, title: input.steps[i].title, instruction: input.steps[i].instruction, minutes: input.steps[i].minutes })),
    };
    await tx
      .update(programmes)
      .set({ settings: { ...current.settings, method } })
      .where(and(eq(programmes.id, input.programmeId), eq(programmes.organizationId, scope.organizationId)));
    await recordProgrammeAudit(tx, scope, "programme.methodEdited", input.programmeId, { method: method.key });
  });
}
