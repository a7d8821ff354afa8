import type { IndexedPairs } from "./pairs-types";

export interface CardinalitySplit {
  /**
   * Mentees that some maximum matching leaves unmatched, and everyone reachable from them by alternating
   * paths (1 = in the set). In every maximum matching the mentors adjacent to them ("saturatedMentor")
   * are filled to capacity with these mentees, and only with them.
   */
  contestedMentee: Uint8Array;
  saturatedMentor: Uint8Array;
  maximumMatched: number;
}

/**
 * Size of a maximum matching and the Dulmage-Mendelsohn split that it reveals. With it the weighted solve
 * becomes two problems in which every unit can be placed, so no shortest-path search ever has to explore
 * everything it can reach only to find that there is no room.
 */
export function splitByMaximumCardinality(indexed: IndexedPairs): CardinalitySplit {
  const { menteeCount, mentorCount, mentorCapacity, edgeMentor, edgeMentee, edgeScore } = indexed;
  const menteeStart = new Int32Array(menteeCount + 1);
  for (let edge = 0; edge < edgeMentee.length; edge++) menteeStart[edgeMentee[edge] + 1]++;
  for (let mentee = 0; mentee < menteeCount; mentee++) menteeStart[mentee + 1] += menteeStart[mentee];
  const fill = menteeStart.slice(0, menteeCount);
  const menteeEdges = new Int32Array(edgeMentee.length);
  for (let edge = 0; edge < edgeMentee.length; edge++) menteeEdges[fill[edgeMentee[edge]]++] = edge;

  const mentorOf = new Int32Array(menteeCount).fill(-1);
  const mentorLoad = new Int32Array(mentorCount);
  const menteesByMentor = groupMenteesByMentor(mentorCount, mentorCapacity);
  const assign = (mentee: number, mentor: number): void => {
    mentorOf[mentee] = mentor;
    menteesByMentor.slots[menteesByMentor.start[mentor] + mentorLoad[mentor]++] = mentee;
  };
  const unassign = (mentee: number, mentor: number): void => {
    const first = menteesByMentor.start[mentor];
    const last = first + --mentorLoad[mentor];
    let slot = first;
    while (menteesByMentor.slots[slot] !== mentee) slot++;
    menteesByMentor.slots[slot] = menteesByMentor.slots[last];
  };

  // Greedy start on each mentee's best-scoring mentor with room: most mentees never need a search.
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    let best = -1;
    for (let k = menteeStart[mentee]; k < menteeStart[mentee + 1]; k++) {
      const edge = menteeEdges[k];
      const mentor = edgeMentor[edge];
      if (mentorLoad[mentor] < mentorCapacity[mentor] && (best < 0 || edgeScore[edge] > edgeScore[best])) best = edge;
    }
    if (best >= 0) assign(mentee, edgeMentor[best]);
  }

  // Augmenting-path search per unmatched mentee (breadth first over alternating paths). A mentor found
  // without an augmenting path stays without one after later augmentations, so it is skipped for good.
  const deadMentor = new Uint8Array(mentorCount);
  const visitedEpoch = new Int32Array(mentorCount);
  const reachedFrom = new Int32Array(mentorCount);
  const queue = new Int32Array(menteeCount + 1);
  const visitedMentors: number[] = [];
  let epoch = 0;
  for (let start = 0; start < menteeCount; start++) {
    if (mentorOf[start] >= 0 || menteeStart[start] === menteeStart[start + 1]) continue;
    epoch++;
    visitedMentors.length = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    let freeMentor = -1;
    search: while (head < tail) {
      const mentee = queue[head++];
      for (let k = menteeStart[mentee]; k < menteeStart[mentee + 1]; k++) {
        const mentor = edgeMentor[menteeEdges[k]];
        if (deadMentor[mentor] || visitedEpoch[mentor] === epoch || mentor === mentorOf[mentee]) continue;
        visitedEpoch[mentor] = epoch;
        visitedMentors.push(mentor);
        reachedFrom[mentor] = mentee;
        if (mentorLoad[mentor] < mentorCapacity[mentor]) {
          freeMentor = mentor;
          break search;
        }
        const first = menteesByMentor.start[mentor];
        for (let slot = first; slot < first + mentorLoad[mentor]; slot++) queue[tail++] = menteesByMentor.slots[slot];
      }
    }
    if (freeMentor < 0) {
      for (const mentor of visitedMentors) deadMentor[mentor] = 1;
      continue;
    }
    for (let mentor = freeMentor; ; ) {
      const mentee = reachedFrom[mentor];
      const previous = mentorOf[mentee];
      if (previous >= 0) unassign(mentee, previous);
      assign(mentee, mentor);
      if (mentee === start) break;
      mentor = previous;
    }
  }

  return { ...markContested(indexed, menteeStart, menteeEdges, mentorOf, menteesByMentor, mentorLoad) };
}

function groupMenteesByMentor(mentorCount: number, mentorCapacity: Int32Array) {
  const start = new Int32Array(mentorCount + 1);
  for (let mentor = 0; mentor < mentorCount; mentor++) start[mentor + 1] = start[mentor] + Math.max(0, mentorCapacity[mentor]);
  return { start, slots: new Int32Array(start[mentorCount]) };
}

/** Alternating reachability from every unmatched mentee that has at least one edge. */
function markContested(
  indexed: IndexedPairs,
  menteeStart: Int32Array,
  menteeEdges: Int32Array,
  mentorOf: Int32Array,
  menteesByMentor: { start: Int32Array; slots: Int32Array },
  mentorLoad: Int32Array,
): CardinalitySplit {
  const { menteeCount, mentorCount, edgeMentor } = indexed;
  const contestedMentee = new Uint8Array(menteeCount);
  const saturatedMentor = new Uint8Array(mentorCount);
  const queue = new Int32Array(menteeCount);
  let tail = 0;
  let maximumMatched = 0;
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    if (mentorOf[mentee] >= 0) maximumMatched++;
    else if (menteeStart[mentee] < menteeStart[mentee + 1]) {
      contestedMentee[mentee] = 1;
      queue[tail++] = mentee;
    }
  }
  for (let head = 0; head < tail; head++) {
    const mentee = queue[head];
    for (let k = menteeStart[mentee]; k < menteeStart[mentee + 1]; k++) {
      const mentor = edgeMentor[menteeEdges[k]];
      if (saturatedMentor[mentor]) continue;
      saturatedMentor[mentor] = 1;
      const first = menteesByMentor.start[mentor];
      for (let slot = first; slot < first + mentorLoad[mentor]; slot++) {
        const next = menteesByMentor.slots[slot];
        if (!contestedMentee[next]) {
          contestedMentee[next] = 1;
          queue[tail++] = next;
        }
      }
    }
  }
  return { contestedMentee, saturatedMentor, maximumMatched };
}
