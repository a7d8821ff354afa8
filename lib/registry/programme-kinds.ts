import "server-only";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import type { CodevSettings } from "@/lib/codevelopment/core/settings";
import { codevelopmentKind } from "@/lib/codevelopment/kind";
import type { MentoringSettings } from "@/lib/mentoring/core/settings";
import { mentoringKind } from "@/lib/mentoring/kind";
import { readMentoringMemberView, type MentoringMemberView } from "@/lib/mentoring/member-view";
import { getProgrammeRecordForAdmin, type AdminProgrammeRecord } from "@/lib/programmes/admin";
import type { ProgrammeKind, ProgrammeKindSpec } from "@/lib/programmes/kind";
import { readProgrammeForMember, type ProgrammeSharedView } from "@/lib/programmes/member-view";

// The composition root of the programme kinds: the one module that knows every kind, for the pages that
// read a stored programme of either kind. lib/programmes knows no kind's settings; each kind depends on
// lib/programmes, never the reverse (the "programmes-below-kinds" rule of .dependency-cruiser.cjs).

export const programmeKinds = {
  mentoring: mentoringKind,
  codevelopment: codevelopmentKind,
} as const satisfies { [K in ProgrammeKind]: ProgrammeKindSpec<unknown> & { kind: K } };

type AdminProgrammeBase = Omit<AdminProgrammeRecord, "kind" | "settings">;

/** Told apart by kind: each kind has its own settings. */
export type AdminProgramme = (AdminProgrammeBase & { kind: "mentoring"; settings: MentoringSettings }) | (AdminProgrammeBase & { kind: "codevelopment"; settings: CodevSettings });

/** One programme of the organisation for its admin page, with its kind's settings read. */
export async function getProgrammeForAdmin(scope: MemberScope, programmeId: string): Promise<AdminProgramme | null> {
  const record = await getProgrammeRecordForAdmin(scope, programmeId);
  if (!record) return null;
  const { kind, settings, ...base } = record;
  return kind === "mentoring"
    ? { ...base, kind, settings: programmeKinds.mentoring.readSettings(settings) }
    : { ...base, kind, settings: programmeKinds.codevelopment.readSettings(settings) };
}

export type ProgrammeForMember = Omit<ProgrammeSharedView, "settings"> & MentoringMemberView;

/**
 * A programme the member may see (not a draft), with their own mentoring enrolment and what their profile
 * lacks. A co-development programme's page reads its sign-up through lib/codevelopment/enrolment-view.ts;
 * the mentoring part is read for both kinds, as the page has always had it (no enrolment, the defaults).
 */
export async function getProgrammeForMember(scope: MemberScope, programmeId: string): Promise<ProgrammeForMember | null> {
  return withActor(scope, "programmes.view", async (tx) => {
    const programme = await readProgrammeForMember(tx, scope, programmeId);
    if (!programme) return null;
    const { settings, ...shared } = programme;
    return { ...shared, ...(await readMentoringMemberView(tx, scope, programmeId, settings)) };
  });
}
