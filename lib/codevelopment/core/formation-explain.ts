import { formGroups, type GroupsProblem, type UnassignedReason } from "@/lib/matching";
// The engine's own explainer, run on the proposal as it stands now (after hand moves), so that the page
// gives the same reasons as a fresh run would. These modules sit behind lib/matching's public index.
import { explainUnassigned } from "@/lib/matching/explain-unassigned";
import { indexGroupsProblem } from "@/lib/matching/group-index";
import { GroupState } from "@/lib/matching/group-state";
import { checkJoin, type RuleGroup } from "./formation-rules";

/**
 * The engine's reasons (its "no language or no slot" split in two, since the admin does different things
 * about each), plus one for a person who would fit a group as it is (taken out by hand, or signed up after
 * the groups were published), and one for a person the engine would place but no facilitator volunteered.
 */
export type ProposalReason =
  | Exclude<UnassignedReason, { code: "noLanguageOrSlot" }>
  | { code: "noLanguage" }
  | { code: "noSlot" }
  | { code: "fitsGroup"; numbers: number[] }
  /** Signed up after these (published) groups were formed, and would fit them as they are. */
  | { code: "lateFits"; numbers: number[] }
  | { code: "noFacilitator" };

/** The engine's reason in the proposal's terms. */
export function proposalReasonOf(reason: UnassignedReason, participant: { languages: readonly string[] }): ProposalReason {
  if (reason.code !== "noLanguageOrSlot") return reason;
  return participant.languages.length === 0 ? { code: "noLanguage" } : { code: "noSlot" };
}

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
    reasons.set(participant.id, fits.length > 0 ? { code: "fitsGroup", numbers: fits } : proposalReasonOf(explainUnassigned(state, person), participant));
  }
  return reasons;
}

/** A fit that names only published groups is a late sign-up's place: said as such, and added rather than moved. */
export function lateReasonOf(reason: ProposalReason, publishedNumbers: ReadonlySet<number>): ProposalReason {
  return reason.code === "fitsGroup" && reason.numbers.every((number) => publishedNumbers.has(number)) ? { code: "lateFits", numbers: reason.numbers } : reason;
}

/**
 * A run of a programme with a facilitator per group and no volunteer facilitator forms no group: nothing
 * could be published. Everyone the engine would have placed is told that a facilitator is missing; the
 * others keep the engine's own reason, so that appointing one does not hide a second problem.
 */
export function explainWithoutFacilitator(problem: GroupsProblem): Map<string, ProposalReason> {
  const result = formGroups(problem);
  const byId = new Map(problem.participants.map((participant) => [participant.id, participant]));
  const reasons = new Map<string, ProposalReason>();
  for (const group of result.groups) for (const id of group.members) reasons.set(id, { code: "noFacilitator" });
  for (const person of result.unassigned) reasons.set(person.id, proposalReasonOf(person.reason, byId.get(person.id) ?? { languages: [] }));
  return reasons;
}
