import { countCommon, internProfiles, type InternedProfiles } from "./interned-profiles";
import { createAllowedPairCheck } from "./allowed-pair-check";
import { buildExclusionContext } from "./pair-exclusions";
import type { MatchingCriteria, MatchingRestrictions, MenteeEnrolment, MentorEnrolment } from "./profile-types";
import { scoreFromMeasures, timezoneDistanceHours, type PairMeasures } from "./score-measures";
import type { IndexedPairs } from "./pairs-types";

export interface BuildPairCandidatesOptions {
  mentors: readonly MentorEnrolment[];
  mentees: readonly MenteeEnrolment[];
  criteria: MatchingCriteria;
  restrictions: MatchingRestrictions;
  /** Keep the best-scoring allowed mentors per mentee; omit to keep every allowed pair (dense). */
  mentorsPerMentee?: number;
  /** Then keep the best-scoring mentees per mentor; omit for no limit. */
  menteesPerMentor?: number;
}

/**
 * Allowed, scored candidate pairs, indexed like the enrolment arrays. With limits, each mentee only scores
 * a pool of mentors that share the most topics with it (found through a topic index, so the work grows
 * with the pool, not with mentors x mentees), and keeps the best `mentorsPerMentee` of those.
 */
export function buildPairCandidates(options: BuildPairCandidatesOptions): IndexedPairs {
  const { mentors, mentees, criteria, restrictions } = options;
  const interned = internProfiles(mentors, mentees);
  const context = buildExclusionContext(
    [...mentors.map((mentor) => mentor.person), ...mentees.map((mentee) => mentee.person)],
    restrictions,
    criteria,
  );
  const isAllowed = createAllowedPairCheck(mentors, mentees, interned, context);
  const choosePool = options.mentorsPerMentee === undefined ? null : createPoolChooser(interned, options.mentorsPerMentee * 3);
  const allMentors = Int32Array.from(mentors, (_, index) => index);
  const keepPerMentee = options.mentorsPerMentee ?? mentors.length;
  const edgeMentor: number[] = [];
  const edgeMentee: number[] = [];
  const edgeScore: number[] = [];
  const poolScores = new Float64Array(mentors.length);
  const { mentors: mentorSide, mentees: menteeSide } = interned;
  const measures: PairMeasures = {
    sharedTopicCount: 0,
    wantedTopicCount: 0,
    levels: 0,
    timezoneHours: 0,
    sameDepartment: false,
    sharedSlotCount: 0,
  };
  for (let menteeIndex = 0; menteeIndex < mentees.length; menteeIndex++) {
    const pool = choosePool ? choosePool(menteeIndex) : allMentors;
    const allowed: number[] = [];
    const topicsFrom = menteeSide.topicStart[menteeIndex];
    const topicsTo = menteeSide.topicStart[menteeIndex + 1];
    const slotsFrom = menteeSide.slotStart[menteeIndex];
    const slotsTo = menteeSide.slotStart[menteeIndex + 1];
    measures.wantedTopicCount = topicsTo - topicsFrom;
    for (let k = 0; k < pool.length; k++) {
      const mentorIndex = pool[k];
      if (mentors[mentorIndex].capacity <= 0 || !isAllowed(mentorIndex, menteeIndex)) continue;
      measures.sharedTopicCount = countCommon(
        mentorSide.topicIds,
        mentorSide.topicStart[mentorIndex],
        mentorSide.topicStart[mentorIndex + 1],
        menteeSide.topicIds,
        topicsFrom,
        topicsTo,
      );
      measures.levels = mentorSide.level[mentorIndex] - menteeSide.level[menteeIndex];
      measures.timezoneHours = timezoneDistanceHours(mentorSide.utcOffsetHours[mentorIndex], menteeSide.utcOffsetHours[menteeIndex]);
      measures.sameDepartment = mentorSide.department[mentorIndex] === menteeSide.department[menteeIndex];
      measures.sharedSlotCount = countCommon(
        mentorSide.slotIds,
        mentorSide.slotStart[mentorIndex],
        mentorSide.slotStart[mentorIndex + 1],
        menteeSide.slotIds,
        slotsFrom,
        slotsTo,
      );
      poolScores[mentorIndex] = scoreFromMeasures(measures, criteria);
      allowed.push(mentorIndex);
    }
    // Keep the best scores: everything above the keepPerMentee-th best score, then ties in pool order.
    const threshold = allowed.length > keepPerMentee ? kthLargest(allowed, poolScores, keepPerMentee) : -Infinity;
    let atThreshold = keepPerMentee - allowed.filter((mentorIndex) => poolScores[mentorIndex] > threshold).length;
    for (const mentorIndex of allowed) {
      const score = poolScores[mentorIndex];
      if (score < threshold || (score === threshold && atThreshold-- <= 0)) continue;
      edgeMentor.push(mentorIndex);
      edgeMentee.push(menteeIndex);
      edgeScore.push(score);
    }
  }
  const indexed: IndexedPairs = {
    menteeCount: mentees.length,
    mentorCount: mentors.length,
    mentorCapacity: Int32Array.from(mentors, (mentor) => Math.max(0, mentor.capacity)),
    edgeMentor: Int32Array.from(edgeMentor),
    edgeMentee: Int32Array.from(edgeMentee),
    edgeScore: Float64Array.from(edgeScore),
  };
  return options.menteesPerMentor === undefined ? indexed : keepBestPerMentor(indexed, options.menteesPerMentor);
}

/**
 * Mentors that share the most topics with a mentee, `poolSize` of them, found by counting through a
 * topic -> mentors index. A popular topic's list is only read in a window of TOPIC_WINDOW mentors that
 * starts at a different place for each mentee: this keeps the work per mentee bounded (the price is that
 * the counts are a sample for popular topics; the benchmark measures what that costs against the dense
 * optimum). Ties at the cut-off are sampled with a stride that differs per mentee, and a mentee with few
 * topic matches is topped up from a rotating cursor, so no mentor is favoured by its index.
 */
const TOPIC_WINDOW = 400;

/** The k-th largest score among the given mentors (native numeric sort, no comparator calls). */
function kthLargest(mentorIndexes: number[], scores: Float64Array, k: number): number {
  const values = Float64Array.from(mentorIndexes, (mentorIndex) => scores[mentorIndex]).sort();
  return values[values.length - k];
}

function createPoolChooser(interned: InternedProfiles, poolSize: number): (menteeIndex: number) => Int32Array {
  const mentorCount = interned.mentors.level.length;
  const { topicStart: mentorTopicStart, topicIds: mentorTopicIds } = interned.mentors;
  const { topicStart: menteeTopicStart, topicIds: menteeTopicIds } = interned.mentees;
  const byTopic: number[][] = Array.from({ length: interned.topicCount }, () => []);
  for (let mentor = 0; mentor < mentorCount; mentor++) {
    for (let k = mentorTopicStart[mentor]; k < mentorTopicStart[mentor + 1]; k++) byTopic[mentorTopicIds[k]].push(mentor);
  }
  const sharedCount = new Int32Array(mentorCount);
  const inPool = new Uint8Array(mentorCount);
  const touched = new Int32Array(mentorCount);
  const pool = new Int32Array(Math.min(poolSize, mentorCount));
  const countsSeen = new Int32Array(interned.topicCount + 2);
  let fillCursor = 0;
  return (menteeIndex) => {
    let touchedCount = 0;
    let mostShared = 0;
    for (let t = menteeTopicStart[menteeIndex]; t < menteeTopicStart[menteeIndex + 1]; t++) {
      const list = byTopic[menteeTopicIds[t]];
      const start = list.length > TOPIC_WINDOW ? (menteeIndex * 104729) % list.length : 0;
      const end = start + Math.min(list.length, TOPIC_WINDOW);
      for (let k = start; k < end; k++) {
        const mentor = list[k < list.length ? k : k - list.length];
        if (sharedCount[mentor] === 0) touched[touchedCount++] = mentor;
        mostShared = Math.max(mostShared, ++sharedCount[mentor]);
      }
    }
    // Highest shared counts first; at the count where the pool would overflow, sample with a stride.
    countsSeen.fill(0, 0, mostShared + 1);
    for (let k = 0; k < touchedCount; k++) countsSeen[sharedCount[touched[k]]]++;
    let cutoff = mostShared;
    let above = 0;
    while (cutoff > 1 && above + countsSeen[cutoff] < pool.length) above += countsSeen[cutoff--];
    const atCutoff = countsSeen[cutoff];
    const wanted = Math.min(atCutoff, pool.length - above);
    const stride = wanted > 0 ? atCutoff / wanted : 1;
    let nextSample = wanted > 0 ? (menteeIndex * 7919) % stride : Infinity;
    let seenAtCutoff = 0;
    let poolCount = 0;
    for (let k = 0; k < touchedCount; k++) {
      const mentor = touched[k];
      const count = sharedCount[mentor];
      if (count < cutoff) continue;
      if (count === cutoff) {
        if (seenAtCutoff++ < nextSample || poolCount >= pool.length) continue;
        nextSample += stride;
      }
      pool[poolCount++] = mentor;
      inPool[mentor] = 1;
    }
    for (let k = 0; k < touchedCount; k++) sharedCount[touched[k]] = 0;
    for (let tries = 0; poolCount < pool.length && tries < mentorCount; tries++) {
      fillCursor = (fillCursor + 1) % mentorCount;
      if (!inPool[fillCursor]) {
        inPool[fillCursor] = 1;
        pool[poolCount++] = fillCursor;
      }
    }
    for (let k = 0; k < poolCount; k++) inPool[pool[k]] = 0;
    return pool.subarray(0, poolCount);
  };
}

function keepBestPerMentor(indexed: IndexedPairs, limit: number): IndexedPairs {
  const { edgeMentor, edgeScore, mentorCount } = indexed;
  const start = new Int32Array(mentorCount + 1);
  for (let edge = 0; edge < edgeMentor.length; edge++) start[edgeMentor[edge] + 1]++;
  for (let mentor = 0; mentor < mentorCount; mentor++) start[mentor + 1] += start[mentor];
  const fill = start.slice(0, mentorCount);
  const byMentor = new Int32Array(edgeMentor.length);
  for (let edge = 0; edge < edgeMentor.length; edge++) byMentor[fill[edgeMentor[edge]]++] = edge;
  const keep = new Uint8Array(edgeMentor.length);
  let keptCount = 0;
  for (let mentor = 0; mentor < mentorCount; mentor++) {
    const edges = byMentor.subarray(start[mentor], start[mentor + 1]);
    if (edges.length > limit) edges.sort((a, b) => edgeScore[b] - edgeScore[a] || a - b);
    for (let k = 0; k < Math.min(limit, edges.length); k++) keep[edges[k]] = 1;
    keptCount += Math.min(limit, edges.length);
  }
  const kept = new Int32Array(keptCount);
  for (let edge = 0, next = 0; edge < keep.length; edge++) if (keep[edge]) kept[next++] = edge;
  return {
    ...indexed,
    edgeMentor: kept.map((edge) => indexed.edgeMentor[edge]),
    edgeMentee: kept.map((edge) => indexed.edgeMentee[edge]),
    edgeScore: Float64Array.from(kept, (edge) => indexed.edgeScore[edge]),
  };
}
