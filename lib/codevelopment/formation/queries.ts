import "server-only";
import { and, eq } from "drizzle-orm";
import { programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { FacilitatorMode } from "@/lib/codevelopment/core/settings";
import { explainProposal, type ProposalReason } from "@/lib/codevelopment/core/formation-explain";
import { loadFormation, readGroups, ruleGroupOf } from "./load";
import { sameDepartmentPairs } from "@/lib/codevelopment/core/formation-rules";

export type FormationPerson = { membershipId: string; name: string; department: string | null };

export type FormationGroupView = {
  id: string;
  number: number;
  language: string;
  slot: string;
  members: FormationPerson[];
  /** Members per department, largest first ("" for people without one). */
  departments: Array<{ department: string; count: number }>;
  facilitator: FormationPerson | null;
};

export type FormationView = {
  programme: { id: string; name: LocalizedText; kind: string };
  status: "none" | "proposed" | "published";
  publishedAt: Date | null;
  settings: { groupSizeMin: number; groupSizeMax: number; facilitatorMode: FacilitatorMode; cadenceWeeks: number; sessionMinutes: number };
  timeZone: string;
  groups: FormationGroupView[];
  unassigned: Array<FormationPerson & { reason: ProposalReason }>;
  facilitators: FormationPerson[];
  figures: { participants: number; placed: number; groups: number; sameDepartmentPairs: number };
};

/** The programme's current groups (the proposal, or the published groups) with names, for the admin's page. */
export async function getFormationView(scope: MemberScope, programmeId: string): Promise<FormationView> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const [programme] = await tx.select().from(programmes).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, organizationId)));
    if (!programme) throw new AppError("not_found");
    if (programme.kind !== "codevelopment") throw new AppError("not_found");
    const formation = await loadFormation(tx, organizationId, programme);
    const published = await readGroups(tx, organizationId, programmeId, ["published"]);
    const groups = published.length > 0 ? published : await readGroups(tx, organizationId, programmeId, ["proposed"]);
    const ruleGroups = groups.map((group) => ruleGroupOf(group, formation));
    const reasons = explainProposal(formation.problem, ruleGroups);
    const profile = (id: string): FormationPerson => {
      const participant = formation.participants.get(id);
      const facilitator = formation.facilitators.get(id);
      return { membershipId: id, name: participant?.name ?? facilitator?.name ?? "", department: participant?.department || null };
    };
    const placed = new Set(groups.flatMap((group) => group.participantIds));
    const { settings } = formation;
    return {
      programme: { id: programme.id, name: programme.name, kind: programme.kind },
      status: groups.length === 0 ? "none" : published.length > 0 ? "published" : "proposed",
      publishedAt: published[0]?.publishedAt ?? null,
      settings: { groupSizeMin: settings.groupSizeMin, groupSizeMax: settings.groupSizeMax, facilitatorMode: settings.facilitatorMode, cadenceWeeks: settings.cadenceWeeks, sessionMinutes: settings.sessionMinutes },
      timeZone: formation.organization.timeZone,
      groups: groups.map((group, i) => {
        const members = group.participantIds.map(profile).sort((a, b) => a.name.localeCompare(b.name));
        const counts = new Map<string, number>();
        for (const member of ruleGroups[i].members) counts.set(member.department, (counts.get(member.department) ?? 0) + 1);
        return {
          id: group.id,
          number: group.number,
          language: group.language,
          slot: group.slot,
          members,
          departments: [...counts].map(([department, count]) => ({ department, count })).sort((a, b) => b.count - a.count || a.department.localeCompare(b.department)),
          facilitator: group.facilitatorId ? profile(group.facilitatorId) : null,
        };
      }),
      unassigned: formation.problem.participants
        .filter((participant) => !placed.has(participant.id))
        .map((participant) => ({ ...profile(participant.id), reason: reasons.get(participant.id) ?? { code: "noLanguageOrSlot" } })),
      facilitators: [...formation.facilitators.values()].map((f) => ({ membershipId: f.id, name: f.name, department: null })),
      figures: {
        participants: formation.problem.participants.length,
        placed: [...placed].filter((id) => formation.participants.has(id)).length,
        groups: groups.length,
        sameDepartmentPairs: ruleGroups.reduce((sum, group) => sum + sameDepartmentPairs(group.members), 0),
      },
    };
  });
}
