import type { GroupsProblem, UnassignedReason } from "@/lib/matching";
// The engine's own explainer, run on the proposal as it stands now (after hand moves), so that the page
// gives the same reasons as a fresh run would. These modules sit behind lib/matching's public index.
import { explainUnassigned } from "@/lib/matching/explain-unassigned";
import { indexGroupsProblem } from "@/lib/matching/group-index";
import { GroupState } from "@/lib/matching/group-state";
import { checkJoin, type RuleGroup } from "./formation-rules";

/** The engine's reasons, plus one for a person taken out by hand who would fit a group as it is. */
export type ProposalReason = UnassignedReason | { code: "fitsGroup"; numbers: number[] };

/**
 * Why each participant outside the groups is there, in the terms of the current groups. Ids in `groups`
 * that are not participants of `problem` (someone withdrew since) are ignored.
 */
export function explainProposal(problem: GroupsProblem, groups: readonly RuleGroup[]): Map<string, ProposalReason> {
  const index = indexGroupsProblem(problem);
  const state = new GroupState(index);
  const position = new Map(problem.participants.map((participant, i) => [participant.id, i]));
  for (const group of groups) {
    const language = index.languageNames.indexOf(group.language);
    const slot = index.slotNames.indexOf(group.slot);
    const members = group.members.flatMap((member) => {
      const at = position.get(member.id);
      return at === undefined ? [] : [at];
    });
    if (language < 0 || slot < 0 || members.length === 0) continue;
    state.createGroup(language * index.slotNames.length + slot, members);
  }
  const reasons = new Map<string, ProposalReason>();
  const range = { minSize: problem.minSize, maxSize: problem.maxSize };
  for (const person of state.unassigned()) {
    const participant = problem.participants[person];
    const fits = groups.filter((group) => checkJoin(participant, group, range) === null).map((group) => group.number);
    reasons.set(participant.id, fits.length > 0 ? { code: "fitsGroup", numbers: fits } : explainUnassigned(state, person));
  }
  return reasons;
}
