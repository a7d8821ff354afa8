import "server-only";
import { and, eq } from "drizzle-orm";
import { programmes, type LocalizedText, type Programme } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { FacilitatorMode } from "@/lib/codevelopment/core/settings";
import { explainProposal, explainWithoutFacilitator, lateReasonOf, type ProposalReason } from "@/lib/codevelopment/core/formation-explain";
import { remediesFor, type Remedy } from "@/lib/codevelopment/core/formation-remedies";
import { loadFormation, readGroups, ruleGroupOf } from "./load";
import { sameDepartmentPairs } from "@/lib/codevelopment/core/formation-rules";

export type FormationPerson = { membershipId: string; name: string; department: string | null };

export type FormationGroupView = {
  id: string;
  number: number;
  /** Proposed groups can be changed and published; published ones only take late sign-ups. */
  status: "proposed" | "published";
  language: string;
  slot: string;
  members: FormationPerson[];
  /** Members per department, largest first ("" for people without one). */
  departments: Array<{ department: string; count: number }>;
  facilitator: FormationPerson | null;
};

export type FormationView = {
  programme: { id: string; name: LocalizedText; kind: string; status: Programme["status"]; signupClosesAt: Date | null };
  /** "proposed": a run happened and nothing is published yet, even when it formed no group. */
  status: "none" | "proposed" | "published";
  publishedAt: Date | null;
  settings: { groupSizeMin: number; groupSizeMax: number; facilitatorMode: FacilitatorMode; cadenceWeeks: number; sessionMinutes: number };
  timeZone: string;
  /** Published groups first, then proposed ones (after publishing: new groups of late sign-ups). */
  groups: FormationGroupView[];
  unassigned: Array<FormationPerson & { reason: ProposalReason; remedies: Remedy[] }>;
  facilitators: FormationPerson[];
  /** A facilitator per group and fewer volunteers than proposed groups (none at all included). */
  facilitatorShortage: { volunteers: number; groups: number } | null;
  figures: { participants: number; placed: number; groups: number; sameDepartmentPairs: number };
};

/** The programme's groups (published, proposed) with names, and everyone left out with the reason and what would help. */
export async function getFormationView(scope: MemberScope, programmeId: string): Promise<FormationView> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const [programme] = await tx.select().from(programmes).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, organizationId)));
    if (!programme) throw new AppError("not_found");
    if (programme.kind !== "codevelopment") throw new AppError("not_found");
    const formation = await loadFormation(tx, organizationId, programme);
    const published = await readGroups(tx, organizationId, programmeId, ["published"]);
    const proposed = await readGroups(tx, organizationId, programmeId, ["proposed"]);
    const groups = [...published, ...proposed];
    const ruleGroups = groups.map((group) => ruleGroupOf(group, formation));
    const { settings } = formation;
    const perGroup = settings.facilitatorMode === "perGroup";
    const status = published.length > 0 ? "published" : proposed.length > 0 || programme.groupsFormedAt !== null ? "proposed" : "none";
    const placed = new Set(groups.flatMap((group) => group.participantIds));
    const outside = formation.problem.participants.filter((participant) => !placed.has(participant.id));
    // Without any volunteer the run stored no group; say so for everyone it would have placed.
    const reasons =
      perGroup && formation.facilitators.size === 0 && proposed.length === 0 && status !== "none"
        ? explainWithoutFacilitator({ ...formation.problem, participants: outside })
        : explainProposal(formation.problem, ruleGroups);
    const profile = (id: string): FormationPerson => {
      const participant = formation.participants.get(id);
      const facilitator = formation.facilitators.get(id);
      return { membershipId: id, name: participant?.name ?? facilitator?.name ?? "", department: participant?.department || null };
    };
    const remedyContext = { ...settings, publishedNumbers: new Set(published.map((group) => group.number)) };
    const shortage = perGroup && status !== "none" && formation.facilitators.size < Math.max(1, proposed.length) ? { volunteers: formation.facilitators.size, groups: proposed.length } : null;
    return {
      programme: { id: programme.id, name: programme.name, kind: programme.kind, status: programme.status, signupClosesAt: programme.signupClosesAt },
      status,
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
          status: group.status === "proposed" ? "proposed" : "published",
          language: group.language,
          slot: group.slot,
          members,
          departments: [...counts].map(([department, count]) => ({ department, count })).sort((a, b) => b.count - a.count || a.department.localeCompare(b.department)),
          facilitator: group.facilitatorId ? profile(group.facilitatorId) : null,
        };
      }),
      unassigned: outside.map((participant) => {
        const found = reasons.get(participant.id) ?? (participant.languages.length === 0 ? { code: "noLanguage" as const } : { code: "noSlot" as const });
        const reason = lateReasonOf(found, remedyContext.publishedNumbers);
        return { ...profile(participant.id), reason, remedies: remediesFor(reason, remedyContext) };
      }),
      facilitators: [...formation.facilitators.values()].map((f) => ({ membershipId: f.id, name: f.name, department: null })),
      facilitatorShortage: shortage,
      figures: {
        participants: formation.problem.participants.length,
        placed: [...placed].filter((id) => formation.participants.has(id)).length,
        groups: groups.length,
        sameDepartmentPairs: ruleGroups.reduce((sum, group) => sum + sameDepartmentPairs(group.members), 0),
      },
    };
  });
}
