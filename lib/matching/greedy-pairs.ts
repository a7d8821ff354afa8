import type { IndexedPairs } from "./pairs-types";

/**
 * Baseline for the benchmark only: take edges from the highest score down while both ends have room.
 * Fast and often decent, but neither the most matched nor the best total is guaranteed.
 */
export function solveIndexedPairsGreedily(indexed: IndexedPairs): Uint8Array {
  const { edgeMentor, edgeMentee, edgeScore, mentorCapacity } = indexed;
  const order = Int32Array.from({ length: edgeScore.length }, (_, edge) => edge).sort(
    (a, b) => edgeScore[b] - edgeScore[a] || a - b,
  );
  const mentorLoad = new Int32Array(indexed.mentorCount);
  const menteeTaken = new Uint8Array(indexed.menteeCount);
  const edgeUsed = new Uint8Array(edgeScore.length);
  for (const edge of order) {
    const mentor = edgeMentor[edge];
    const mentee = edgeMentee[edge];
    if (menteeTaken[mentee] || mentorLoad[mentor] >= mentorCapacity[mentor]) continue;
    menteeTaken[mentee] = 1;
    mentorLoad[mentor]++;
    edgeUsed[edge] = 1;
  }
  return edgeUsed;
}
