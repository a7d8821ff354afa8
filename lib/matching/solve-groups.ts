import { buildInitialGroups } from "./build-groups";
import { describeUnassignedReason } from "./describe-reason";
import { explainUnassigned } from "./explain-unassigned";
import { solveGroupsExactly } from "./exact-groups";
import { cellLanguage, cellSlot, hasCell, indexGroupsProblem, type GroupIndex } from "./group-index";
import { GroupState } from "./group-state";
import type { GroupsProblem, GroupsResult, GroupsSolution } from "./groups-types";
import { improveGroups } from "./improve-groups";
import { placeLeftovers } from "./place-leftovers";
import { createSeededRandom, type SeededRandom } from "./seeded-random";

/** Restarts for small programmes, where each run takes a millisecond or so and placement is hardest. */
const RESTART_BUDGET_MS = 250;
const MAX_RESTARTS = 60;

/**
 * Groups for co-development/intervision: construction, repair of leftovers, local search on
 * same-department pairs, then a last pass that guarantees every hard rule. Small programmes get
 * randomised restarts within a time budget and keep the best run (most placed, then fewest pairs).
 * Valid input is assumed.
 */
export function formGroups(problem: GroupsProblem): GroupsResult {
  return formGroupsWith(problem, { exactUpTo: EXACT_UP_TO });
}

/** `exactUpTo: 0` forces the heuristic, which the benchmark compares against the exact optimum. */
export function formGroupsWith(problem: GroupsProblem, options: { exactUpTo: number }): GroupsResult {
  const index = indexGroupsProblem(problem);
  if (index.count <= options.exactUpTo) return describeState(problem, exactState(problem, index));
  let best = runOnce(index);
  const started = Date.now();
  const random = createSeededRandom(problem.participants.length);
  for (let restart = 0; restart < MAX_RESTARTS && index.count <= 2000 && best.unassignedCount > 0; restart++) {
    if (Date.now() - started > RESTART_BUDGET_MS) break;
    const candidate = runOnce(index, random);
    if (
      candidate.unassignedCount < best.unassignedCount ||
      (candidate.unassignedCount === best.unassignedCount && candidate.pairs < best.pairs)
    ) {
      best = candidate;
    }
  }
  return describeState(problem, best.state);
}

/** Tiny programmes are solved exactly (all subsets), which is still instant at this size. */
const EXACT_UP_TO = 12;

function exactState(problem: GroupsProblem, index: GroupIndex): GroupState {
  const state = new GroupState(index);
  for (const members of solveGroupsExactly(problem).groups) {
    const shared = (cell: number) => members.every((member) => hasCell(index, member, cell));
    const cellIds = index.cellIds.subarray(index.cellStart[members[0]], index.cellStart[members[0] + 1]);
    state.createGroup(cellIds.find(shared) ?? cellIds[0], members);
  }
  return state;
}

function runOnce(index: GroupIndex, random?: SeededRandom): { state: GroupState; unassignedCount: number; pairs: number } {
  const state = new GroupState(index);
  buildInitialGroups(state, random);
  placeLeftovers(state);
  improveGroups(state);
  while (dissolveBrokenGroups(state)) placeLeftovers(state);
  let pairs = 0;
  state.groups.forEach((_, group) => (pairs += state.groupPairs(group)));
  return { state, unassignedCount: state.unassigned().length, pairs };
}

function describeState(problem: GroupsProblem, state: GroupState): GroupsResult {
  const { index } = state;
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
