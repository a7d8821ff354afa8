import type { PairsProblem } from "./pairs-types";

/**
 * Independent reference for tests: successive shortest paths with Bellman-Ford (no potentials, no
 * shortcuts) on integer costs -(BIG + score in thousandths). Slow but simple, so it can check the fast
 * solver on instances too large for brute force. Scores must be multiples of 0.001.
 */
export function referenceOptimum(problem: PairsProblem): { matched: number; totalScore: number } {
  const mentees = problem.mentees.length;
  const mentors = problem.mentors.length;
  const source = mentees + mentors;
  const sink = source + 1;
  const big = 1e9;
  const to: number[] = [];
  const capacity: number[] = [];
  const cost: number[] = [];
  const adjacency: number[][] = Array.from({ length: sink + 1 }, () => []);
  const addArc = (from: number, target: number, arcCapacity: number, arcCost: number): void => {
    adjacency[from].push(to.length);
    to.push(target);
    capacity.push(arcCapacity);
    cost.push(arcCost);
    adjacency[target].push(to.length);
    to.push(from);
    capacity.push(0);
    cost.push(-arcCost);
  };
  const menteeIndex = new Map(problem.mentees.map((mentee, index) => [mentee.id, index]));
  const mentorIndex = new Map(problem.mentors.map((mentor, index) => [mentor.id, mentees + index]));
  problem.mentees.forEach((_, index) => addArc(source, index, 1, 0));
  problem.mentors.forEach((mentor, index) => addArc(mentees + index, sink, mentor.capacity, 0));
  for (const edge of problem.edges) {
    addArc(menteeIndex.get(edge.mentee) ?? -1, mentorIndex.get(edge.mentor) ?? -1, 1, -(big + Math.round(edge.score * 1000)));
  }
  let matched = 0;
  let totalCost = 0;
  for (;;) {
    const distance = new Array<number>(sink + 1).fill(Infinity);
    const viaArc = new Array<number>(sink + 1).fill(-1);
    distance[source] = 0;
    for (let round = 0; round <= sink; round++) {
      let changed = false;
      for (let node = 0; node <= sink; node++) {
        if (distance[node] === Infinity) continue;
        for (const arc of adjacency[node]) {
          if (capacity[arc] > 0 && distance[node] + cost[arc] < distance[to[arc]]) {
            distance[to[arc]] = distance[node] + cost[arc];
            viaArc[to[arc]] = arc;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    if (distance[sink] === Infinity || distance[sink] >= 0) break;
    for (let node = sink; node !== source; node = to[viaArc[node] ^ 1]) {
      capacity[viaArc[node]]--;
      capacity[viaArc[node] ^ 1]++;
    }
    matched++;
    totalCost += distance[sink];
  }
  return { matched, totalScore: (-totalCost - matched * big) / 1000 };
}
