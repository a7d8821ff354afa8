import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroups, programmes } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { copyLibraryMethod } from "@/lib/codevelopment/custom-methods";
import type { Method } from "@/lib/codevelopment/core/method-types";
import { readCodevSettings, type CodevSettings } from "@/lib/codevelopment/core/settings";
import { AppError } from "@/lib/errors";
import { editableStatuses, insertProgrammeRow, recordProgrammeAudit, updateProgrammeRow } from "@/lib/programmes/admin";
import { lockProgramme } from "@/lib/programmes/lock";
import type { CodevProgrammeDetails, CodevProgrammeInput, ProgrammeStepsInput } from "./programme-schemas";

// A co-development programme's administration: the shared row, window, statuses and audit of
// lib/programmes, with the co-development settings and the programme's own copy of a method from the
// library.

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
  const row = await lockProgramme(tx, scope, programmeId, { mode: "update", kind: "codevelopment", statuses: editableStatuses });
  return { id: row.id, settings: readCodevSettings(row.settings) };
}

async function hasPublishedGroups(tx: Tx, organizationId: string, programmeId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: codevGroups.id })
    .from(codevGroups)
    .where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId), eq(codevGroups.status, "published")))
    .limit(1);
  return Boolean(row);
}

/** A new co-development programme starts as a draft with a copy of the chosen method. */
export async function createCodevProgramme(scope: MemberScope, input: CodevProgrammeInput): Promise<string> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const method = await copyLibraryMethod(tx, scope.organizationId, input.methodKey);
    return insertProgrammeRow(tx, scope, { kind: "codevelopment", details: input, settings: settingsOf(input, method) }, { kind: "codevelopment", method: method.key });
  });
}

/** Edits everything but the method, which keeps its own forms (choose, and edit the copy). */
export async function updateCodevProgramme(scope: MemberScope, programmeId: string, input: CodevProgrammeDetails): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const current = await lockEditable(tx, scope, programmeId);
    // Who reads a session's feedback follows from the mode (feedback.ts): once groups are published, their
    // members have answered under it, so it stays (allowRotatingFacilitation refuses the same).
    if (input.facilitatorMode !== current.settings.facilitatorMode && (await hasPublishedGroups(tx, scope.organizationId, programmeId))) {
      throw new AppError("conflict", { message: "codevAdmin.errors.facilitatorModeLocked" });
    }
    await updateProgrammeRow(tx, scope, programmeId, { kind: "codevelopment", details: input, settings: settingsOf(input, current.settings.method) });
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
