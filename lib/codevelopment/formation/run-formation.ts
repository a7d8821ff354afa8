import "server-only";
import { and, eq } from "drizzle-orm";
import { codevGroupMembers, codevGroups } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { formGroups } from "@/lib/matching";
import { loadFormation, lockCodevProgramme } from "./load";

export type FormationFigures = { groups: number; placed: number; participants: number; sameDepartmentPairs: number };

/**
 * Runs the group engine on the programme's active participants and stores its answer as the proposal
 * (groups with status "proposed"), replacing an earlier proposal with its hand moves and facilitators.
 * Nobody is told anything. Once groups are published, the programme's formation is done and this refuses.
 */
export async function runGroupFormation(scope: MemberScope, programmeId: string): Promise<FormationFigures> {
  const { organizationId } = scope;
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await lockCodevProgramme(tx, organizationId, programmeId);
    const [published] = await tx
      .select({ id: codevGroups.id })
      .from(codevGroups)
      .where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId), eq(codevGroups.status, "published")))
      .limit(1);
    if (published) throw new AppError("conflict", { message: "codevGroups.errors.alreadyPublished" });
    const formation = await loadFormation(tx, organizationId, programme);
    // Members go with their groups (on delete cascade).
    await tx.delete(codevGroups).where(and(eq(codevGroups.organizationId, organizationId), eq(codevGroups.programmeId, programmeId), eq(codevGroups.status, "proposed")));
    const result = formGroups(formation.problem);
    for (const [index, group] of result.groups.entries()) {
      const [row] = await tx
        .insert(codevGroups)
        .values({ organizationId, programmeId, number: index + 1, language: group.language, slot: group.slot })
        .returning({ id: codevGroups.id });
      await tx.insert(codevGroupMembers).values(group.members.map((membershipId) => ({ organizationId, groupId: row.id, membershipId, role: "participant" as const })));
    }
    return { groups: result.groups.length, placed: result.placed, participants: formation.problem.participants.length, sameDepartmentPairs: result.sameDepartmentPairs };
  });
}
