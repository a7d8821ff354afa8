import "server-only";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import type { MentoringSettings } from "@/lib/mentoring/core/settings";
import { insertProgrammeRow, updateProgrammeRow, type ProgrammeRowInput } from "@/lib/programmes/admin";
import type { ProgrammeInput } from "./programme-schemas";

// A mentoring programme's administration: the shared row (lib/programmes/admin.ts) with the mentoring
// settings of the admin's form.

function rowInput(input: ProgrammeInput): ProgrammeRowInput {
  const settings: MentoringSettings = {
    matchingMode: input.matchingMode,
    weights: input.weights,
    minSeniorityGap: input.minSeniorityGap,
    departmentRule: input.departmentRule,
    defaultCapacity: input.defaultCapacity,
    responseDays: input.responseDays,
  };
  return { kind: "mentoring", details: input, settings };
}

/** A new mentoring programme starts as a draft; the organisation comes from the scope, never the form. */
export async function createMentoringProgramme(scope: MemberScope, input: ProgrammeInput): Promise<string> {
  return withActor(scope, "programmes.manage", (tx) => insertProgrammeRow(tx, scope, rowInput(input), { kind: "mentoring" }));
}

/** Edits a mentoring programme that is not archived. */
export async function updateMentoringProgramme(scope: MemberScope, programmeId: string, input: ProgrammeInput): Promise<void> {
  await withActor(scope, "programmes.manage", (tx) => updateProgrammeRow(tx, scope, programmeId, rowInput(input)));
}
