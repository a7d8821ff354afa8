import { buildPairCandidates, rematchMentee, type MatchingCriteria, type ScoreFactor } from "@/lib/matching";
import type { EngineInput } from "./engine-input";
import { scored } from "./propose";

export type BestMentor = { mentorId: string; score: number; factors: ScoreFactor[] } | { none: "noAllowedMentor" | "allDeclined" | "mentorsFull" | "notEnrolled" };

/**
 * The best mentor still available for one mentee (issue 5: after a decline or a passed deadline), leaving
 * every other pair alone. `input` already counts the live requests and acceptances against each mentor's
 * capacity and treats every earlier pair of the programme, the declined one included, as excluded.
 */
export function bestMentorFor(input: EngineInput, criteria: MatchingCriteria, menteeMembershipId: string): BestMentor {
  const mentee = input.mentees.find((m) => m.person.id === menteeMembershipId);
  if (!mentee) return { none: "notEnrolled" };
  const indexed = buildPairCandidates({ mentors: input.mentors, mentees: [mentee], criteria, restrictions: input.restrictions });
  const result = rematchMentee({
    menteeId: menteeMembershipId,
    mentors: input.mentors.map((mentor) => ({ id: mentor.person.id, capacity: Math.max(0, mentor.capacity) })),
    edges: Array.from(indexed.edgeScore, (score, edge) => ({ mentor: input.mentors[indexed.edgeMentor[edge]].person.id, mentee: menteeMembershipId, score })),
    currentPairs: [],
    declinedBy: [],
  });
  if (!result.ok) return { none: result.reason };
  const mentor = input.mentors.find((m) => m.person.id === result.mentor)!;
  const { score, factors } = scored(mentor, mentee, criteria);
  return { mentorId: mentor.person.id, score, factors };
}

export type MentorSuggestion = { mentorId: string; score: number; factors: ScoreFactor[] };

/**
 * Self-select mode: the mentee's best `count` mentors with room, best first, each allowed by the hard rules
 * (reporting line, language, avoid list, earlier pairs) and worded with the same factors as a round's pair.
 * Ties keep the engine's mentor order, so the same state always suggests the same three.
 */
export function topMentorsFor(input: EngineInput, criteria: MatchingCriteria, menteeMembershipId: string, count = 3): MentorSuggestion[] {
  const mentee = input.mentees.find((m) => m.person.id === menteeMembershipId);
  if (!mentee) return [];
  const withRoom = input.mentors.filter((mentor) => mentor.capacity > 0);
  const indexed = buildPairCandidates({ mentors: withRoom, mentees: [mentee], criteria, restrictions: input.restrictions });
  return Array.from(indexed.edgeScore, (score, edge) => ({ mentor: withRoom[indexed.edgeMentor[edge]], score, edge }))
    .sort((a, b) => b.score - a.score || a.edge - b.edge)
    .slice(0, count)
    .map(({ mentor }) => {
      const { score, factors } = scored(mentor, mentee, criteria);
      return { mentorId: mentor.person.id, score, factors };
    });
}
