import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevGroupMembers } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { loadFormation, lockCodevProgramme, readGroups, ruleGroupOf, type Formation, type StoredGroup } from "./load";
import { checkFacilitator, checkMove } from "@/lib/codevelopment/core/formation-rules";
import type { MoveParticipantInput, SetFacilitatorInput } from "@/lib/codevelopment/schemas";

// Hand edits on the proposal. The programme row is locked, so edits happen one at a time; each is checked
// against the hard rules first and changes nothing when refused (the refusal names the rule).

async function proposal(tx: Tx, scope: MemberScope, programmeId: string): Promise<{ formation: Formation; groups: StoredGroup[] }> {
  const programme = await lockCodevProgramme(tx, scope.organizationId, programmeId);
  const groups = await readGroups(tx, scope.organizationId, programmeId, ["proposed"]);
  if (groups.length === 0) throw new AppError("conflict", { message: "codevGroups.errors.notProposed" });
  return { formation: await loadFormation(tx, scope.organizationId, programme), groups };
}

/** Moves a participant into another proposed group, out of the groups (toGroupId null), or in from outside. */
export async function moveParticipant(scope: MemberScope, input: MoveParticipantInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const { formation, groups } = await proposal(tx, scope, input.programmeId);
    const person = formation.participants.get(input.membershipId);
    if (!person) throw new AppError("not_found");
    const from = groups.find((group) => group.participantIds.includes(person.id)) ?? null;
    const to = input.toGroupId === null ? null : groups.find((group) => group.id === input.toGroupId);
    if (to === undefined) throw new AppError("not_found");
    if (from?.id === to?.id) return;
    const range = { minSize: formation.settings.groupSizeMin, maxSize: formation.settings.groupSizeMax };
    const refusal = checkMove(person, from && ruleGroupOf(from, formation), to && ruleGroupOf(to, formation), range);
    if (refusal) throw new AppError("conflict", { message: `codevGroups.rules.${refusal}` });
    const { organizationId } = scope;
    if (from) {
      await tx
        .delete(codevGroupMembers)
        .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.groupId, from.id), eq(codevGroupMembers.membershipId, person.id)));
    }
    if (to) await tx.insert(codevGroupMembers).values({ organizationId, groupId: to.id, membershipId: person.id, role: "participant" });
  });
}

/**
 * Chooses the facilitator of one proposed group among the programme's volunteer facilitators (null: none
 * yet). Only when each group has its own facilitator; one person may lead several groups.
 */
export async function setGroupFacilitator(scope: MemberScope, input: SetFacilitatorInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const { formation, groups } = await proposal(tx, scope, input.programmeId);
    if (formation.settings.facilitatorMode !== "perGroup") throw new AppError("invalid", { message: "codevGroups.errors.rotating" });
    const group = groups.find((g) => g.id === input.groupId);
    if (!group) throw new AppError("not_found");
    const { organizationId } = scope;
    if (input.membershipId !== null) {
      const facilitator = formation.facilitators.get(input.membershipId);
      if (!facilitator) throw new AppError("not_found");
      const refusal = checkFacilitator(facilitator, ruleGroupOf(group, formation));
      if (refusal) throw new AppError("conflict", { message: `codevGroups.rules.${refusal}` });
    }
    await tx
      .delete(codevGroupMembers)
      .where(and(eq(codevGroupMembers.organizationId, organizationId), eq(codevGroupMembers.groupId, group.id), eq(codevGroupMembers.role, "facilitator")));
    if (input.membershipId !== null) await tx.insert(codevGroupMembers).values({ organizationId, groupId: group.id, membershipId: input.membershipId, role: "facilitator" });
  });
}
