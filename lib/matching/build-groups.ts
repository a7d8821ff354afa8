import { isSplittable } from "./group-index";
import type { GroupState } from "./group-state";
import type { SeededRandom } from "./seeded-random";

/**
 * First placement, cell by cell, scarcest cell first: the (language, slot) cell with the fewest people
 * still free (but enough for a group) takes them, so people who could go elsewhere do not starve the
 * cells that only a few can attend. When a cell has more free people than it can split into groups, the
 * least flexible (fewest cells) go first.
 */
export function buildInitialGroups(state: GroupState, random?: SeededRandom): void {
  const { index } = state;
  const { minSize, maxSize, memberStart, cellMembers } = index;
  const flexibility = Int32Array.from({ length: index.count }, (_, participant) => index.cellStart[participant + 1] - index.cellStart[participant]);
  const exhausted = new Uint8Array(index.cellCount);
  for (;;) {
    let bestCell = -1;
    let bestFree = 0;
    let bestRank = Infinity;
    for (let cell = 0; cell < index.cellCount; cell++) {
      if (exhausted[cell]) continue;
      let free = 0;
      for (let k = memberStart[cell]; k < memberStart[cell + 1]; k++) if (state.groupOf[cellMembers[k]] < 0) free++;
      // A restart perturbs the order a little, so different runs try different cells first.
      const rank = random ? free * (1 + 0.5 * random.next()) : free;
      if (free < minSize) exhausted[cell] = 1;
      else if (rank < bestRank) {
        bestRank = rank;
        bestFree = free;
        bestCell = cell;
      }
    }
    if (bestCell < 0) return;
    let take = bestFree;
    while (!isSplittable(take, minSize, maxSize)) take--;
    const free: number[] = [];
    for (let k = memberStart[bestCell]; k < memberStart[bestCell + 1]; k++) {
      if (state.groupOf[cellMembers[k]] < 0) free.push(cellMembers[k]);
    }
    const tieBreak = random ? Float64Array.from({ length: index.count }, () => random.next()) : null;
    if (take < free.length) free.sort((a, b) => flexibility[a] - flexibility[b] || (tieBreak ? tieBreak[a] - tieBreak[b] : a - b));
    formGroupsInCell(state, bestCell, free.slice(0, take));
    exhausted[bestCell] = 1;
  }
}

/**
 * Splits people of one cell into as many groups as the minimum size allows (smaller groups have fewer
 * same-department pairs), dealing them out department by department so each department is spread evenly.
 * People in each other's reporting line are then swapped apart where possible; anyone who cannot be
 * is left out for the leftover placement.
 */
export function formGroupsInCell(state: GroupState, cell: number, people: number[]): void {
  const { index } = state;
  const groupCount = Math.floor(people.length / index.minSize);
  if (groupCount === 0) return;
  const departmentSize = new Map<number, number>();
  for (const person of people) departmentSize.set(index.department[person], (departmentSize.get(index.department[person]) ?? 0) + 1);
  const ordered = [...people].sort(
    (a, b) =>
      (departmentSize.get(index.department[b]) ?? 0) - (departmentSize.get(index.department[a]) ?? 0) ||
      index.department[a] - index.department[b] ||
      a - b,
  );
  const buckets: number[][] = Array.from({ length: groupCount }, () => []);
  ordered.forEach((person, position) => buckets[position % groupCount].push(person));
  const created = buckets.map((members) => state.createGroup(cell, members));
  separateReportingLines(state, created);
}

function separateReportingLines(state: GroupState, groups: number[]): void {
  const { index } = state;
  for (const group of groups) {
    for (const person of [...state.groups[group].members]) {
      if (state.groupOf[person] !== group || !state.conflicts(person, group, person)) continue;
      const partner = findSwapPartner(state, person, group, groups);
      if (partner >= 0) {
        const other = state.groupOf[partner];
        state.remove(person);
        state.remove(partner);
        state.add(person, other);
        state.add(partner, group);
      } else if (state.groups[group].members.length > index.minSize) {
        state.remove(person);
      }
    }
  }
}

function findSwapPartner(state: GroupState, person: number, group: number, groups: number[]): number {
  const { department } = state.index;
  let best = -1;
  let bestDelta = Infinity;
  for (const other of groups) {
    if (other === group) continue;
    for (const partner of state.groups[other].members) {
      if (state.conflicts(person, other, partner) || state.conflicts(partner, group, person)) continue;
      const delta =
        state.sameDepartment(department[partner], group, person) -
        state.sameDepartment(department[person], group, person) +
        state.sameDepartment(department[person], other, partner) -
        state.sameDepartment(department[partner], other, partner);
      if (delta < bestDelta) {
        bestDelta = delta;
        best = partner;
      }
    }
  }
  return best;
}
