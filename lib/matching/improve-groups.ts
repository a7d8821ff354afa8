import type { GroupState } from "./group-state";

/**
 * Local search on same-department pairs, keeping every hard rule: move a member to a group with room,
 * or swap two members of different groups, whenever that strictly lowers the number of pairs. Only
 * members who share a department with someone in their group are tried, and only groups in their own
 * cells, so each pass is cheap; it stops when a pass finds nothing or after `maxPasses`.
 */
export function improveGroups(state: GroupState, maxPasses = 4): void {
  const { index } = state;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let group = 0; group < state.groups.length; group++) {
      for (const person of [...state.groups[group].members]) {
        if (state.groupOf[person] !== group) continue;
        if (state.sameDepartment(index.department[person], group, person) === 0) continue;
        if (tryMoveOrSwap(state, person)) improved = true;
      }
    }
    if (!improved) return;
  }
}

function tryMoveOrSwap(state: GroupState, person: number): boolean {
  const { index } = state;
  const { department, minSize, maxSize, cellStart, cellIds } = index;
  const home = state.groupOf[person];
  const homeSize = state.groups[home].members.length;
  const pairsLostAtHome = state.sameDepartment(department[person], home, person);
  for (let k = cellStart[person]; k < cellStart[person + 1]; k++) {
    for (const other of state.cellGroups[cellIds[k]]) {
      const members = state.groups[other].members;
      if (other === home || members.length === 0) continue;
      if (homeSize > minSize && members.length < maxSize && !state.conflicts(person, other)) {
        if (state.sameDepartment(department[person], other) < pairsLostAtHome) {
          state.remove(person);
          state.add(person, other);
          return true;
        }
      }
      for (const partner of members) {
        if (!state.fits(partner, home)) continue;
        const delta =
          state.sameDepartment(department[partner], home, person) -
          pairsLostAtHome +
          state.sameDepartment(department[person], other, partner) -
          state.sameDepartment(department[partner], other, partner);
        if (delta >= 0 || state.conflicts(person, other, partner) || state.conflicts(partner, home, person)) continue;
        state.remove(person);
        state.remove(partner);
        state.add(person, other);
        state.add(partner, home);
        return true;
      }
    }
  }
  return false;
}
