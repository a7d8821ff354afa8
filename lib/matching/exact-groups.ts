import type { GroupsProblem } from "./groups-types";

export interface ExactGroups {
  placed: number;
  sameDepartmentPairs: number;
  /** Participant indexes of each group. */
  groups: number[][];
}

/**
 * The true optimum for tiny instances (up to about 14 participants), for tests and the benchmark's gap
 * column: every valid group is enumerated as a bit mask, then a dynamic programme over subsets decides
 * for the lowest remaining participant whether they stay out or which valid group they join.
 */
export function solveGroupsExactly(problem: GroupsProblem): ExactGroups {
  const people = problem.participants;
  const count = people.length;
  if (count > 16) throw new Error("solveGroupsExactly is for tiny instances only");
  const full = (1 << count) - 1;
  const groupPairs = new Int32Array(full + 1).fill(-1);
  for (let mask = 1; mask <= full; mask++) {
    const members = people.filter((_, index) => mask & (1 << index));
    if (members.length < problem.minSize || members.length > problem.maxSize) continue;
    const ids = new Set(members.map((member) => member.id));
    if (members.some((member) => member.manager !== null && ids.has(member.manager))) continue;
    const shared = (pick: (member: (typeof members)[number]) => string[]) =>
      pick(members[0]).some((value) => members.every((member) => pick(member).includes(value)));
    if (!shared((member) => member.languages) || !shared((member) => member.slots)) continue;
    let pairs = 0;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) if (members[a].department === members[b].department) pairs++;
    }
    groupPairs[mask] = pairs;
  }
  const bestPlaced = new Int32Array(full + 1);
  const bestPairs = new Int32Array(full + 1);
  const chosenGroup = new Int32Array(full + 1);
  for (let mask = 1; mask <= full; mask++) {
    const lowest = mask & -mask;
    const rest = mask ^ lowest;
    let placed = bestPlaced[rest];
    let pairs = bestPairs[rest];
    let chosen = 0;
    for (let sub = rest; ; sub = (sub - 1) & rest) {
      const group = sub | lowest;
      if (groupPairs[group] >= 0) {
        const candidatePlaced = bestPlaced[mask ^ group] + popCount(group);
        const candidatePairs = bestPairs[mask ^ group] + groupPairs[group];
        if (candidatePlaced > placed || (candidatePlaced === placed && candidatePairs < pairs)) {
          placed = candidatePlaced;
          pairs = candidatePairs;
          chosen = group;
        }
      }
      if (sub === 0) break;
    }
    bestPlaced[mask] = placed;
    bestPairs[mask] = pairs;
    chosenGroup[mask] = chosen;
  }
  const groups: number[][] = [];
  for (let mask = full; mask !== 0; ) {
    const group = chosenGroup[mask];
    if (group === 0) {
      mask ^= mask & -mask;
      continue;
    }
    groups.push(people.flatMap((_, index) => (group & (1 << index) ? [index] : [])));
    mask ^= group;
  }
  return { placed: bestPlaced[full], sameDepartmentPairs: bestPairs[full], groups };
}

function popCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
