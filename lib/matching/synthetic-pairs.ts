import type { IndexedPairs } from "./pairs-types";
import { createSeededRandom } from "./seeded-random";

export interface SyntheticPairsOptions {
  mentees: number;
  mentors: number;
  candidatesPerMentee: number;
  /** Capacity of each mentor, drawn uniformly from [min, max]. */
  capacity: { min: number; max: number };
  seed: number;
}

/**
 * Sparse random instance for benchmarks and tests: each mentee has distinct candidate mentors, biased
 * towards a "home" cluster as real topic overlap would be, with scores in [0, 1] on a 0.001 grid.
 */
export function generateSyntheticPairs(options: SyntheticPairsOptions): IndexedPairs {
  const random = createSeededRandom(options.seed);
  const { mentees, mentors, capacity } = options;
  const perMentee = Math.min(options.candidatesPerMentee, mentors);
  const edgeCount = mentees * perMentee;
  const edgeMentor = new Int32Array(edgeCount);
  const edgeMentee = new Int32Array(edgeCount);
  const edgeScore = new Float64Array(edgeCount);
  const clusterWidth = Math.max(perMentee * 4, 1);
  const chosen = new Set<number>();
  let edge = 0;
  for (let mentee = 0; mentee < mentees; mentee++) {
    chosen.clear();
    const home = random.below(mentors);
    while (chosen.size < perMentee) {
      const nearby = random.next() < 0.7;
      const mentor = nearby ? (home + random.below(clusterWidth)) % mentors : random.below(mentors);
      if (chosen.has(mentor)) continue;
      chosen.add(mentor);
      edgeMentor[edge] = mentor;
      edgeMentee[edge] = mentee;
      edgeScore[edge] = Math.round((nearby ? 0.3 + 0.7 * random.next() : random.next() * 0.8) * 1000) / 1000;
      edge++;
    }
  }
  const mentorCapacity = Int32Array.from({ length: mentors }, () => capacity.min + random.below(capacity.max - capacity.min + 1));
  return { menteeCount: mentees, mentorCount: mentors, mentorCapacity, edgeMentor, edgeMentee, edgeScore };
}
