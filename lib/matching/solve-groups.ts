import { buildInitialGroups } from "./build-groups";
import { describeUnassignedReason } from "./describe-reason";
import { explainUnassigned } from "./explain-unassigned";
import { cellLanguage, cellSlot, indexGroupsProblem } from "./group-index";
import { GroupState } from "./group-state";
import type { GroupsProblem, GroupsResult, GroupsSolution } from "./groups-types";
import { improveGroups } from "./improve-groups";
import { placeLeftovers } from "./place-leftovers";

/**
 * Groups for co-development/intervision: construction, repair of leftovers, local search on
 * same-department pairs, then a last pass that guarantees every hard rule. Valid input is assumed.
 */
export function formGroups(problem: GroupsProblem): GroupsResult {
  const index = indexGroupsProblem(problem);
  const state = new GroupState(index);
  buildInitialGroups(state);
  placeLeftovers(state);
  improveGroups(state);
  while (dissolveBrokenGroups(state)) placeLeftovers(state);
  placeLeftovers(state);

  const { participants } = problem;
  const groups = state.groups
    .filter((group) => group.members.length > 0)
    .map((group) => ({
      members: [...group.members].sort((a, b) => a - b).map((member) => participants[member].id),
      language: cellLanguage(index, group.cell),
      slot: cellSlot(index, group.cell),
    }));
  const unassigned = state.unassigned().map((person) => ({ id: participants[person].id, reason: explainUnassigned(state, person) }));
  let sameDepartmentPairs = 0;
  state.groups.forEach((_, group) => (sameDepartmentPairs += state.groupPairs(group)));
  return { groups, unassigned, placed: index.count - unassigned.length, sameDepartmentPairs };
}

/** The command-line shape: reasons as English sentences. */
export function solveGroups(problem: GroupsProblem): GroupsSolution {
  const result = formGroups(problem);
  return {
    ...result,
    unassigned: result.unassigned.map(({ id, reason }) => ({ id, reason: describeUnassignedReason(reason) })),
  };
}

/**
 * Safety net: a group whose size is out of range or which holds a manager and a direct report is split
 * up so that its members can be placed again. Returns whether it changed anything.
 */
function dissolveBrokenGroups(state: GroupState): boolean {
  const { minSize, maxSize } = state.index;
  let changed = false;
  state.groups.forEach((group, id) => {
    const size = group.members.length;
    if (size === 0) return;
    const clash = group.members.find((member) => state.conflicts(member, id, member));
    if (clash !== undefined && size > minSize) {
      state.remove(clash);
      changed = true;
    } else if (clash !== undefined || size < minSize || size > maxSize) {
      state.dissolve(id);
      changed = true;
    }
  });
  return changed;
}
