import {
  buildExclusionContext,
  buildPairCandidates,
  explainUnmatchedMentee,
  findPairExclusion,
  scorePair,
  solvePairs,
  type MatchingCriteria,
  type PairExclusionReason,
  type ScoreFactor,
  type UnmatchedMenteeReason,
} from "@/lib/matching";
import type { EngineInput } from "./engine-input";

export type ProposedPair = { mentorId: string; menteeId: string; score: number; factors: ScoreFactor[]; pinned: boolean };
export type ProposalFigures = { matched: number; unmatched: number; meanScore: number; mentorLoad: { used: number; capacity: number } };
export type Proposal = { pairs: ProposedPair[]; unmatched: Array<{ menteeId: string; reason: UnmatchedMenteeReason }>; figures: ProposalFigures };

/**
 * One round: pinned pairs are fixed (their mentees leave the problem, their mentors lose that capacity),
 * the engine pairs the rest optimally, then the pins are added back. Pins that break a hard rule now (a
 * profile changed since) are dropped rather than kept against the rules.
 */
export function proposePairs(input: EngineInput, criteria: MatchingCriteria, pins: ReadonlyArray<{ mentorId: string; menteeId: string }>): Proposal {
  const mentorById = new Map(input.mentors.map((mentor) => [mentor.person.id, mentor]));
  const menteeById = new Map(input.mentees.map((mentee) => [mentee.person.id, mentee]));
  const context = exclusionContextOf(input, criteria);
  const used = new Map<string, number>();
  const kept: ProposedPair[] = [];
  for (const pin of pins) {
    const mentor = mentorById.get(pin.mentorId);
    const mentee = menteeById.get(pin.menteeId);
    if (!mentor || !mentee || findPairExclusion(mentor, mentee, context)) continue;
    if ((used.get(pin.mentorId) ?? 0) >= mentor.capacity || kept.some((pair) => pair.menteeId === pin.menteeId)) continue;
    used.set(pin.mentorId, (used.get(pin.mentorId) ?? 0) + 1);
    kept.push({ ...scored(mentor, mentee, criteria), pinned: true });
  }
  const pinnedMentees = new Set(kept.map((pair) => pair.menteeId));
  const mentors = input.mentors.map((mentor) => ({ ...mentor, capacity: mentor.capacity - (used.get(mentor.person.id) ?? 0) }));
  const mentees = input.mentees.filter((mentee) => !pinnedMentees.has(mentee.person.id));
  const indexed = buildPairCandidates({ mentors, mentees, criteria, restrictions: input.restrictions });
  const solution = solvePairs({
    kind: "pairs",
    mentors: mentors.map((mentor) => ({ id: mentor.person.id, capacity: Math.max(0, mentor.capacity) })),
    mentees: mentees.map((mentee) => ({ id: mentee.person.id })),
    edges: Array.from(indexed.edgeScore, (score, edge) => ({
      mentor: mentors[indexed.edgeMentor[edge]].person.id,
      mentee: mentees[indexed.edgeMentee[edge]].person.id,
      score,
    })),
  });
  const solved = solution.pairs.map((pair) => ({ ...scored(mentorById.get(pair.mentor)!, menteeById.get(pair.mentee)!, criteria), pinned: false }));
  const pairs = [...kept, ...solved];
  const unmatched = solution.unmatched.map((menteeId) => ({ menteeId, reason: explainUnmatchedMentee(menteeById.get(menteeId)!, mentors, context) }));
  return { pairs, unmatched, figures: figuresOf(pairs, unmatched.length, input) };
}

export function figuresOf(pairs: ReadonlyArray<{ score: number }>, unmatched: number, input: Pick<EngineInput, "mentors">): ProposalFigures {
  const meanScore = pairs.length === 0 ? 0 : pairs.reduce((sum, pair) => sum + pair.score, 0) / pairs.length;
  const capacity = input.mentors.reduce((sum, mentor) => sum + mentor.capacity, 0);
  return { matched: pairs.length, unmatched, meanScore: Math.round(meanScore * 10_000) / 10_000, mentorLoad: { used: pairs.length, capacity } };
}

export function exclusionContextOf(input: EngineInput, criteria: MatchingCriteria) {
  return buildExclusionContext([...input.mentors, ...input.mentees].map((enrolment) => enrolment.person), input.restrictions, criteria);
}

/**
 * Whether a mentor may take this mentee in a hand-edited proposal: the engine's hard rules, then room
 * under the mentor's capacity given the pairs the proposal keeps (`load`, not counting this mentee).
 */
export function checkPair(
  input: EngineInput,
  criteria: MatchingCriteria,
  pair: { mentorId: string; menteeId: string },
  load: number,
): PairExclusionReason | { code: "capacity" } | { code: "notFound" } | null {
  const mentor = input.mentors.find((m) => m.person.id === pair.mentorId);
  const mentee = input.mentees.find((m) => m.person.id === pair.menteeId);
  if (!mentor || !mentee) return { code: "notFound" };
  const exclusion = findPairExclusion(mentor, mentee, exclusionContextOf(input, criteria));
  if (exclusion) return exclusion;
  return load >= mentor.capacity ? { code: "capacity" } : null;
}

export function scored(mentor: EngineInput["mentors"][number], mentee: EngineInput["mentees"][number], criteria: MatchingCriteria) {
  const { score, factors } = scorePair(mentor, mentee, criteria);
  return { mentorId: mentor.person.id, menteeId: mentee.person.id, score: Math.round(score * 10_000) / 10_000, factors };
}
