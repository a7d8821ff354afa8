/** The pairs problem and solution exactly as in shared/matching-format.md. */
export interface PairsMentor {
  id: string;
  capacity: number;
}

export interface PairsMentee {
  id: string;
}

/** An allowed pair; a pair without an edge is forbidden. */
export interface PairsEdge {
  mentor: string;
  mentee: string;
  score: number;
}

export interface PairsProblem {
  kind: "pairs";
  mentors: PairsMentor[];
  mentees: PairsMentee[];
  edges: PairsEdge[];
}

export interface PairsSolution {
  pairs: PairsEdge[];
  unmatched: string[];
  matched: number;
  totalScore: number;
}

export interface IndexedPairs {
  menteeCount: number;
  mentorCount: number;
  mentorCapacity: Int32Array;
  edgeMentor: Int32Array;
  edgeMentee: Int32Array;
  edgeScore: Float64Array;
}
