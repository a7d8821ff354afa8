import type { PairsEdge, PairsMentor } from "./pairs-types";

export interface RematchMenteeOptions {
  menteeId: string;
  mentors: readonly PairsMentor[];
  /** Allowed pairs with their scores (as for solvePairs); only this mentee's edges are used. */
  edges: readonly PairsEdge[];
  /** Pairs that stay as they are (accepted or still proposed), the mentee's own declined pair excluded. */
  currentPairs: ReadonlyArray<{ mentor: string; mentee: string }>;
  /** Mentors who declined this mentee (in this programme); they are not proposed again. */
  declinedBy: readonly string[];
}

export type RematchResult =
  | { ok: true; mentor: string; score: number }
  | { ok: false; reason: "noAllowedMentor" | "allDeclined" | "mentorsFull" };

/**
 * After a mentor declines: the best mentor still available for this one mentee, leaving every other pair
 * where it is. Available means an allowed edge, room left under the mentor's capacity once the current
 * pairs are counted, and not having declined this mentee before. Ties go to the mentor listed first.
 */
export function rematchMentee(options: RematchMenteeOptions): RematchResult {
  const load = new Map<string, number>();
  for (const pair of options.currentPairs) {
    if (pair.mentee !== options.menteeId) load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
  }
  const capacity = new Map(options.mentors.map((mentor) => [mentor.id, mentor.capacity]));
  const order = new Map(options.mentors.map((mentor, index) => [mentor.id, index]));
  const declined = new Set(options.declinedBy);
  const allowed = options.edges.filter((edge) => edge.mentee === options.menteeId && capacity.has(edge.mentor));
  if (allowed.length === 0) return { ok: false, reason: "noAllowedMentor" };
  const notDeclined = allowed.filter((edge) => !declined.has(edge.mentor));
  if (notDeclined.length === 0) return { ok: false, reason: "allDeclined" };
  const withRoom = notDeclined.filter((edge) => (load.get(edge.mentor) ?? 0) < (capacity.get(edge.mentor) ?? 0));
  if (withRoom.length === 0) return { ok: false, reason: "mentorsFull" };
  const best = withRoom.reduce((winner, edge) =>
    edge.score > winner.score || (edge.score === winner.score && (order.get(edge.mentor) ?? 0) < (order.get(winner.mentor) ?? 0))
      ? edge
      : winner,
  );
  return { ok: true, mentor: best.mentor, score: best.score };
}
