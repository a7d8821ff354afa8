import { splitByMaximumCardinality } from "./maximum-cardinality";
import { solveMinCostTransport } from "./min-cost-transport";
import type { IndexedPairs, PairsEdge, PairsProblem, PairsSolution } from "./pairs-types";

export type { IndexedPairs };
import { scaleScoresToCosts } from "./scale-scores";

export interface SolvePairsStats {
  maximumMatched: number;
  /** Mentees that some maximum matching leaves out; the rest are matched in every maximum matching. */
  contestedMentees: number;
  searches: number;
  settledNodes: number;
}

/**
 * Optimal pairs: the most mentees matched, then the largest total score. Valid input is assumed
 * (see parse-problem.ts); ids must be unique and every edge must name known ids.
 */
export function solvePairs(problem: PairsProblem): PairsSolution {
  const indexed = indexPairsProblem(problem);
  const { edgeUsed } = solveIndexedPairs(indexed);
  return describePairsSolution(problem, indexed, edgeUsed);
}

export function indexPairsProblem(problem: PairsProblem): IndexedPairs {
  const mentorIndex = new Map(problem.mentors.map((mentor, index) => [mentor.id, index]));
  const menteeIndex = new Map(problem.mentees.map((mentee, index) => [mentee.id, index]));
  const edgeCount = problem.edges.length;
  const indexed: IndexedPairs = {
    menteeCount: problem.mentees.length,
    mentorCount: problem.mentors.length,
    mentorCapacity: Int32Array.from(problem.mentors, (mentor) => mentor.capacity),
    edgeMentor: new Int32Array(edgeCount),
    edgeMentee: new Int32Array(edgeCount),
    edgeScore: new Float64Array(edgeCount),
  };
  problem.edges.forEach((edge, index) => {
    indexed.edgeMentor[index] = mentorIndex.get(edge.mentor) ?? -1;
    indexed.edgeMentee[index] = menteeIndex.get(edge.mentee) ?? -1;
    indexed.edgeScore[index] = edge.score;
  });
  return indexed;
}

export function solveIndexedPairs(indexed: IndexedPairs): { edgeUsed: Uint8Array; stats: SolvePairsStats } {
  const { menteeCount, mentorCount, mentorCapacity, edgeMentor, edgeMentee, edgeScore } = indexed;
  const split = splitByMaximumCardinality(indexed);
  const { contestedMentee, saturatedMentor } = split;
  const costs = scaleScoresToCosts(edgeScore, split.maximumMatched);
  const contestedEdges: number[] = [];
  const uncontestedEdges: number[] = [];
  for (let edge = 0; edge < edgeMentee.length; edge++) {
    if (contestedMentee[edgeMentee[edge]]) contestedEdges.push(edge);
    else if (!saturatedMentor[edgeMentor[edge]]) uncontestedEdges.push(edge);
    // An uncontested mentee's edge to a saturated mentor is in no maximum matching: it is dropped.
  }
  const pick = <T extends Int32Array | Float64Array>(values: T, edges: number[]): T => {
    const picked = new (values.constructor as new (length: number) => T)(edges.length);
    edges.forEach((edge, index) => (picked[index] = values[edge]));
    return picked;
  };
  // Saturated mentors fill every slot from the contested mentees: route units from the mentors.
  const contested = solveMinCostTransport({
    rowCount: mentorCount,
    columnCount: menteeCount,
    rowSupply: mentorCapacity.map((capacity, mentor) => (saturatedMentor[mentor] ? capacity : 0)),
    columnCapacity: new Int32Array(menteeCount).fill(1),
    edgeRow: pick(edgeMentor, contestedEdges),
    edgeColumn: pick(edgeMentee, contestedEdges),
    edgeCost: pick(costs.edgeCost, contestedEdges),
    unplacedCost: costs.unplacedCost,
  });
  // Every other mentee with an edge to an unsaturated mentor is matched in every maximum matching.
  const uncontested = solveMinCostTransport({
    rowCount: menteeCount,
    columnCount: mentorCount,
    rowSupply: Int32Array.from(contestedMentee, (isContested) => 1 - isContested),
    columnCapacity: mentorCapacity.map((capacity, mentor) => (saturatedMentor[mentor] ? 0 : capacity)),
    edgeRow: pick(edgeMentee, uncontestedEdges),
    edgeColumn: pick(edgeMentor, uncontestedEdges),
    edgeCost: pick(costs.edgeCost, uncontestedEdges),
    unplacedCost: costs.unplacedCost,
  });
  const edgeUsed = new Uint8Array(edgeMentee.length);
  contestedEdges.forEach((edge, index) => (edgeUsed[edge] = contested.edgeUsed[index]));
  uncontestedEdges.forEach((edge, index) => (edgeUsed[edge] = uncontested.edgeUsed[index]));
  const stats: SolvePairsStats = {
    maximumMatched: split.maximumMatched,
    contestedMentees: countOnes(contestedMentee),
    searches: contested.searches + uncontested.searches,
    settledNodes: contested.settledNodes + uncontested.settledNodes,
  };
  return { edgeUsed, stats };
}

function countOnes(flags: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < flags.length; index++) count += flags[index];
  return count;
}

/** Turns chosen edges into the solution JSON, in mentee input order, reporting the input scores. */
export function describePairsSolution(
  problem: PairsProblem,
  indexed: IndexedPairs,
  edgeUsed: Uint8Array,
): PairsSolution {
  const chosenEdge = new Int32Array(indexed.menteeCount).fill(-1);
  for (let edge = 0; edge < edgeUsed.length; edge++) {
    if (edgeUsed[edge]) chosenEdge[indexed.edgeMentee[edge]] = edge;
  }
  const pairs: PairsEdge[] = [];
  const unmatched: string[] = [];
  let totalScore = 0;
  problem.mentees.forEach((mentee, index) => {
    const edge = chosenEdge[index];
    if (edge < 0) {
      unmatched.push(mentee.id);
      return;
    }
    const { mentor, score } = problem.edges[edge];
    pairs.push({ mentor, mentee: mentee.id, score });
    totalScore += score;
  });
  return { pairs, unmatched, matched: pairs.length, totalScore: roundForDisplay(totalScore) };
}

/** Drops float noise from a sum of decimal scores (0.91 + 0.55 is 1.46, not 1.4600000000000002). */
export function roundForDisplay(value: number): number {
  return Number(value.toPrecision(15));
}
