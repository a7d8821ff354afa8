import { describe, expect, it } from "vitest";
import { buildPairCandidates } from "./build-pair-candidates";
import { buildExclusionContext, findPairExclusion } from "./pair-exclusions";
import { scorePair } from "./score-pair";
import { DEFAULT_CRITERIA, generateSyntheticEnrolments } from "./synthetic-profiles";

describe("buildPairCandidates", () => {
  const { mentors, mentees } = generateSyntheticEnrolments({ mentees: 60, mentors: 15, seed: 11 });
  const restrictions = { doNotMatch: [[mentors[0].person.id, mentees[0].person.id]] as [string, string][], earlierPairs: [] };

  it("keeps exactly the allowed pairs, scored like scorePair, when not pruned", () => {
    const dense = buildPairCandidates({ mentors, mentees, criteria: DEFAULT_CRITERIA, restrictions });
    const context = buildExclusionContext(
      [...mentors.map((mentor) => mentor.person), ...mentees.map((mentee) => mentee.person)],
      restrictions,
      DEFAULT_CRITERIA,
    );
    const expected = new Map<string, number>();
    mentors.forEach((mentor, m) =>
      mentees.forEach((mentee, e) => {
        if (!findPairExclusion(mentor, mentee, context)) expected.set(`${m}/${e}`, scorePair(mentor, mentee, DEFAULT_CRITERIA).score);
      }),
    );
    expect(expected.has("0/0")).toBe(false);
    expect(dense.edgeMentor.length).toBe(expected.size);
    dense.edgeMentor.forEach((m, edge) => {
      expect(dense.edgeScore[edge]).toBeCloseTo(expected.get(`${m}/${dense.edgeMentee[edge]}`) ?? -1, 12);
    });
  });

  it("prunes to at most K mentors per mentee and L mentees per mentor, keeping the best scores", () => {
    const dense = buildPairCandidates({ mentors, mentees, criteria: DEFAULT_CRITERIA, restrictions });
    const pruned = buildPairCandidates({ mentors, mentees, criteria: DEFAULT_CRITERIA, restrictions, mentorsPerMentee: 5, menteesPerMentor: 12 });
    const denseScore = new Map<string, number>();
    dense.edgeMentor.forEach((m, edge) => denseScore.set(`${m}/${dense.edgeMentee[edge]}`, dense.edgeScore[edge]));
    const perMentee = new Map<number, number>();
    const perMentor = new Map<number, number>();
    pruned.edgeMentor.forEach((m, edge) => {
      const e = pruned.edgeMentee[edge];
      expect(denseScore.get(`${m}/${e}`)).toBe(pruned.edgeScore[edge]);
      perMentee.set(e, (perMentee.get(e) ?? 0) + 1);
      perMentor.set(m, (perMentor.get(m) ?? 0) + 1);
    });
    expect(Math.max(...perMentee.values())).toBeLessThanOrEqual(5);
    expect(Math.max(...perMentor.values())).toBeLessThanOrEqual(12);
    expect(pruned.edgeMentor.length).toBeGreaterThan(0);
  });
});
