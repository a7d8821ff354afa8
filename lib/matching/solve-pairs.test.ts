import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PairsProblem } from "./pairs-types";
import { referenceOptimum } from "./reference-flow.test-helper";
import { solvePairs } from "./solve-pairs";

/** Tries every assignment of mentees to one of their edges or none: the reference optimum. */
function bruteForceOptimum(problem: PairsProblem): { matched: number; totalScore: number } {
  const load = new Map(problem.mentors.map((mentor) => [mentor.id, 0]));
  const capacity = new Map(problem.mentors.map((mentor) => [mentor.id, mentor.capacity]));
  const edgesOf = problem.mentees.map((mentee) => problem.edges.filter((edge) => edge.mentee === mentee.id));
  let best = { matched: 0, totalScore: 0 };
  const visit = (menteeIndex: number, matched: number, totalScore: number): void => {
    if (menteeIndex === problem.mentees.length) {
      const better =
        matched > best.matched || (matched === best.matched && totalScore > best.totalScore + 1e-9);
      if (better) best = { matched, totalScore };
      return;
    }
    visit(menteeIndex + 1, matched, totalScore);
    for (const edge of edgesOf[menteeIndex]) {
      const used = load.get(edge.mentor) ?? 0;
      if (used >= (capacity.get(edge.mentor) ?? 0)) continue;
      load.set(edge.mentor, used + 1);
      visit(menteeIndex + 1, matched + 1, totalScore + edge.score);
      load.set(edge.mentor, used);
    }
  };
  visit(0, 0, 0);
  return best;
}

/** Every hard rule of the format: known edges only, one mentor per mentee, capacities respected. */
function expectFeasible(problem: PairsProblem, solution: ReturnType<typeof solvePairs>): void {
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const pair of solution.pairs) {
    const edge = problem.edges.find((candidate) => candidate.mentor === pair.mentor && candidate.mentee === pair.mentee);
    expect(edge?.score).toBe(pair.score);
    expect(seen.has(pair.mentee)).toBe(false);
    seen.add(pair.mentee);
    load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
  }
  for (const mentor of problem.mentors) expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.capacity);
  expect(solution.matched).toBe(solution.pairs.length);
  expect(new Set([...seen, ...solution.unmatched]).size).toBe(problem.mentees.length);
}

const smallProblem = (scoreGrid: boolean) =>
  fc
    .record({
      menteeCount: fc.integer({ min: 0, max: 6 }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
      edgeSeeds: fc.array(
        fc.record({
          mentor: fc.nat(),
          mentee: fc.nat(),
          score: scoreGrid ? fc.integer({ min: 0, max: 4 }).map((step) => step / 4) : fc.double({ min: 0, max: 10, noNaN: true }),
        }),
        { maxLength: 16 },
      ),
    })
    .map(({ menteeCount, capacities, edgeSeeds }): PairsProblem => {
      const edges = new Map<string, PairsProblem["edges"][number]>();
      if (menteeCount > 0 && capacities.length > 0) {
        for (const seed of edgeSeeds) {
          const mentor = `m${seed.mentor % capacities.length}`;
          const mentee = `e${seed.mentee % menteeCount}`;
          edges.set(`${mentor}/${mentee}`, { mentor, mentee, score: seed.score });
        }
      }
      return {
        kind: "pairs",
        mentors: capacities.map((capacity, index) => ({ id: `m${index}`, capacity })),
        mentees: Array.from({ length: menteeCount }, (_, index) => ({ id: `e${index}` })),
        edges: [...edges.values()],
      };
    });

describe("solvePairs", () => {
  it("solves the example of the format", () => {
    const solution = solvePairs({
      kind: "pairs",
      mentors: [{ id: "m1", capacity: 2 }, { id: "m2", capacity: 1 }],
      mentees: [{ id: "e1" }, { id: "e2" }, { id: "e3" }],
      edges: [
        { mentor: "m1", mentee: "e1", score: 0.91 },
        { mentor: "m2", mentee: "e1", score: 0.4 },
        { mentor: "m1", mentee: "e3", score: 0.55 },
      ],
    });
    expect(solution).toEqual({
      pairs: [{ mentor: "m1", mentee: "e1", score: 0.91 }, { mentor: "m1", mentee: "e3", score: 0.55 }],
      unmatched: ["e2"],
      matched: 2,
      totalScore: 1.46,
    });
  });

  it("prefers one more matched mentee over a higher total score", () => {
    const solution = solvePairs({
      kind: "pairs",
      mentors: [{ id: "m1", capacity: 1 }, { id: "m2", capacity: 1 }],
      mentees: [{ id: "a" }, { id: "b" }],
      edges: [
        { mentor: "m1", mentee: "a", score: 100 },
        { mentor: "m2", mentee: "a", score: 0 },
        { mentor: "m1", mentee: "b", score: 0 },
      ],
    });
    expect(solution.matched).toBe(2);
    expect(solution.pairs).toEqual([{ mentor: "m2", mentee: "a", score: 0 }, { mentor: "m1", mentee: "b", score: 0 }]);
  });

  it("gives a later mentee the mentor an earlier one wanted less (order does not matter)", () => {
    const solution = solvePairs({
      kind: "pairs",
      mentors: [{ id: "m", capacity: 1 }],
      mentees: [{ id: "a" }, { id: "b" }],
      edges: [{ mentor: "m", mentee: "a", score: 0.1 }, { mentor: "m", mentee: "b", score: 0.9 }],
    });
    expect(solution.pairs).toEqual([{ mentor: "m", mentee: "b", score: 0.9 }]);
    expect(solution.unmatched).toEqual(["a"]);
  });

  it("matches brute force on thousands of small random instances (scores on a grid, many ties)", () => {
    fc.assert(
      fc.property(smallProblem(true), (problem) => {
        const solution = solvePairs(problem);
        expectFeasible(problem, solution);
        const optimum = bruteForceOptimum(problem);
        expect(solution.matched).toBe(optimum.matched);
        expect(solution.totalScore).toBeCloseTo(optimum.totalScore, 9);
      }),
      { numRuns: 2500 },
    );
  });

  it("matches brute force on thousands of small random instances (arbitrary real scores)", () => {
    fc.assert(
      fc.property(smallProblem(false), (problem) => {
        const solution = solvePairs(problem);
        expectFeasible(problem, solution);
        const optimum = bruteForceOptimum(problem);
        expect(solution.matched).toBe(optimum.matched);
        // The optimiser rounds scores to millionths, so totals agree to a few millionths.
        expect(Math.abs(solution.totalScore - optimum.totalScore)).toBeLessThan(1e-5);
      }),
      { numRuns: 2500 },
    );
  });

  it("matches an independent Bellman-Ford min-cost flow on medium random instances", () => {
    const mediumProblem = fc
      .record({
        // Many mentees per mentor slot and several candidates each, so that units must be rerouted
        // along long alternating paths (the part of the solver that small instances rarely reach).
        menteeCount: fc.integer({ min: 10, max: 40 }),
        capacities: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 8 }),
        edgeSeeds: fc.array(fc.record({ mentor: fc.nat(), mentee: fc.nat(), score: fc.integer({ min: 0, max: 1000 }) }), { minLength: 20, maxLength: 160 }),
      })
      .map(({ menteeCount, capacities, edgeSeeds }): PairsProblem => {
        const edges = new Map<string, PairsProblem["edges"][number]>();
        for (const seed of edgeSeeds) {
          const mentor = `m${seed.mentor % capacities.length}`;
          const mentee = `e${seed.mentee % menteeCount}`;
          edges.set(`${mentor}/${mentee}`, { mentor, mentee, score: seed.score / 1000 });
        }
        return {
          kind: "pairs",
          mentors: capacities.map((capacity, index) => ({ id: `m${index}`, capacity })),
          mentees: Array.from({ length: menteeCount }, (_, index) => ({ id: `e${index}` })),
          edges: [...edges.values()],
        };
      });
    fc.assert(
      fc.property(mediumProblem, (problem) => {
        const solution = solvePairs(problem);
        expectFeasible(problem, solution);
        const optimum = referenceOptimum(problem);
        expect(solution.matched).toBe(optimum.matched);
        expect(solution.totalScore).toBeCloseTo(optimum.totalScore, 9);
      }),
      { numRuns: 400 },
    );
  });
});
