import type { GroupState } from "./group-state";

/**
 * Tries to place everyone still unassigned, cheapest repair first: join a group with room; make room by
 * moving one member of a full group to another group with room; or start a new group with other
 * unassigned people, borrowing members from groups that are above the minimum size. Repeats while it
 * places anyone.
 */
export function placeLeftovers(state: GroupState): void {
  for (let progress = true; progress; ) {
    progress = false;
    for (const person of state.unassigned()) {
      if (state.groupOf[person] >= 0) continue;
      if (joinGroupWithRoom(state, person) || makeRoomAndJoin(state, person) || startNewGroup(state, person)) progress = true;
    }
  }
}

function cellsOf(state: GroupState, person: number): Int32Array {
  const { cellStart, cellIds } = state.index;
  return cellIds.subarray(cellStart[person], cellStart[person + 1]);
}

/** Group with room in one of the person's cells, fewest same-department members first; -1 if none. */
function bestGroupWithRoom(state: GroupState, person: number, skipGroup = -1): number {
  const { maxSize, department } = state.index;
  let best = -1;
  let bestSame = Infinity;
  for (const cell of cellsOf(state, person)) {
    for (const group of state.cellGroups[cell]) {
      const size = state.groups[group].members.length;
      if (group === skipGroup || size === 0 || size >= maxSize || state.conflicts(person, group)) continue;
      const same = state.sameDepartment(department[person], group);
      if (same < bestSame) {
        bestSame = same;
        best = group;
      }
    }
  }
  return best;
}

function joinGroupWithRoom(state: GroupState, person: number): boolean {
  const group = bestGroupWithRoom(state, person);
  if (group < 0) return false;
  state.add(person, group);
  return true;
}

function makeRoomAndJoin(state: GroupState, person: number): boolean {
  for (const cell of cellsOf(state, person)) {
    for (const group of state.cellGroups[cell]) {
      const members = state.groups[group].members;
      if (members.length === 0) continue;
      for (const member of members) {
        if (state.conflicts(person, group, member)) continue;
        const target = bestGroupWithRoom(state, member, group);
        if (target < 0) continue;
        state.remove(member);
        state.add(member, target);
        state.add(person, group);
        return true;
      }
    }
  }
  return false;
}

function startNewGroup(state: GroupState, person: number): boolean {
  const { index } = state;
  const { minSize, maxSize, memberStart, cellMembers } = index;
  for (const cell of cellsOf(state, person)) {
    const chosen = [person];
    const clashes = (candidate: number): boolean =>
      chosen.some((member) => index.manager[member] === candidate || index.manager[candidate] === member);
    for (let k = memberStart[cell]; k < memberStart[cell + 1] && chosen.length < maxSize; k++) {
      const candidate = cellMembers[k];
      if (candidate !== person && state.groupOf[candidate] < 0 && !clashes(candidate)) chosen.push(candidate);
    }
    const borrowed: number[] = [];
    const lent = new Map<number, number>();
    for (let k = memberStart[cell]; k < memberStart[cell + 1] && chosen.length < minSize; k++) {
      const candidate = cellMembers[k];
      const group = state.groupOf[candidate];
      if (group < 0 || clashes(candidate)) continue;
      const remaining = state.groups[group].members.length - (lent.get(group) ?? 0);
      if (remaining <= minSize) continue;
      lent.set(group, (lent.get(group) ?? 0) + 1);
      borrowed.push(candidate);
      chosen.push(candidate);
    }
    if (chosen.length < minSize) continue;
    for (const member of borrowed) state.remove(member);
    state.createGroup(cell, chosen);
    return true;
  }
  return false;
}
