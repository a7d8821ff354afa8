import "server-only";
import { and, eq } from "drizzle-orm";
import { codevGroupMembers, codevGroups, programmes } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { formGroups } from "@/lib/matching";
import { loadFormation, lockCodevProgramme, readGroups } from "./load";

export type FormationFigures = { groups: number; placed: number; participants: number; sameDepartmentPairs: number };

/**
 * Runs the group engine on the programme's active participants and stores its answer as the proposal
 * (groups with status "proposed"), replacing an earlier proposal with its hand moves and facilitators.
 * Nobody is told anything. The run itself is recorded on the programme: a run that formed no group is
 * still a proposal, whose page lists everyone with the reason.
 *
 * With a facilitator per group and nobody volunteering, no group is stored: it could never be published.
 * Once groups are published, a run forms new groups only from the participants outside them (people who
 * signed up late), numbered after the published ones; the published groups are not touched.
 */
export async function runGroupFormation(scope: MemberScope, programmeId: string): Promise<FormationFigures> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockCodevProgramme(tx, organizationId, programmeId);
    const published = await readGroups(tx, organizationId, programmeId, ["published", "closed"]);
    const formation = await loadFormation(tx, organizationId, programme);
    // Members go with their groups (on delete cascade).
    await tx.delete(codevGroups).where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId), eq(codevGroups.status, "proposed")));
    await tx.update(programmes).set({ groupsFormedAt: now() }).where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, organizationId)));
    const placed = new Set(published.flatMap((group) => group.participantIds));
    const problem = { ...formation.problem, participants: formation.problem.participants.filter((participant) => !placed.has(participant.id)) };
    const figures = { groups: 0, placed: 0, participants: problem.participants.length, sameDepartmentPairs: 0 };
    if (formation.settings.facilitatorMode === "perGroup" && formation.facilitators.size === 0) return figures;
    const result = formGroups(problem);
    const first = published.reduce((max, group) => Math.max(max, group.number), 0) + 1;
    for (const [index, group] of result.groups.entries()) {
      const [row] = await tx
        .insert(codevGroups)
        .values({ organizationId, programmeId, number: first + index, language: group.language, slot: group.slot })
        .returning({ id: codevGroups.id });
      await tx.insert(codevGroupMembers).values(group.members.map((membershipId) => ({ organizationId, groupId: row.id, membershipId, role: "participant" as const })));
    }
    return { ...figures, groups: result.groups.length, placed: result.placed, sameDepartmentPairs: result.sameDepartmentPairs };
  });
}
