import type { MatchingCriteria } from "./profile-types";

/** What scoring looks at for one mentor/mentee pair, already measured. */
export interface PairMeasures {
  sharedTopicCount: number;
  /** Distinct goals and topics the mentee listed. */
  wantedTopicCount: number;
  /** Mentor's level minus mentee's level. */
  levels: number;
  timezoneHours: number;
  sameDepartment: boolean;
  sharedSlotCount: number;
}

export interface CriterionEffects {
  sharedTopics: number;
  seniorityGap: number;
  timezone: number;
  department: number;
  availability: number;
}

/**
 * The single scoring formula, used both by the explained scorer and by the fast candidate pipeline, so
 * both always agree. Each criterion has a fit in [0, 1]; its effect is its share of the total weight
 * times (fit - 0.5). The score is 0.5 plus the effects, so it stays in [0, 1].
 */
export function criterionEffects(measures: PairMeasures, criteria: MatchingCriteria): CriterionEffects {
  const total = totalWeight(criteria);
  const effect = (weight: number, fit: number): number => (total > 0 ? (weight / total) * (fit - 0.5) : 0);
  return {
    sharedTopics: effect(criteria.sharedTopics.weight, topicFit(measures)),
    seniorityGap: effect(criteria.seniorityGap.weight, seniorityFit(measures, criteria)),
    timezone: effect(criteria.timezone.weight, timezoneFit(measures, criteria)),
    department: effect(criteria.department.weight, measures.sameDepartment ? 0 : 1),
    availability: effect(criteria.availability.weight, availabilityFit(measures, criteria)),
  };
}

/** Same result as 0.5 + the sum of criterionEffects, without allocating (the pipeline calls it millions of times). */
export function scoreFromMeasures(measures: PairMeasures, criteria: MatchingCriteria): number {
  const total = totalWeight(criteria);
  if (total <= 0) return 0.5;
  const weighted =
    criteria.sharedTopics.weight * (topicFit(measures) - 0.5) +
    criteria.seniorityGap.weight * (seniorityFit(measures, criteria) - 0.5) +
    criteria.timezone.weight * (timezoneFit(measures, criteria) - 0.5) +
    criteria.department.weight * ((measures.sameDepartment ? 0 : 1) - 0.5) +
    criteria.availability.weight * (availabilityFit(measures, criteria) - 0.5);
  return Math.min(1, Math.max(0, 0.5 + weighted / total));
}

function totalWeight(criteria: MatchingCriteria): number {
  return (
    criteria.sharedTopics.weight +
    criteria.seniorityGap.weight +
    criteria.timezone.weight +
    criteria.department.weight +
    criteria.availability.weight
  );
}

/** Three shared topics (or all the mentee listed, if fewer) is a full match. */
function topicFit(measures: PairMeasures): number {
  if (measures.wantedTopicCount === 0) return 0.5;
  return Math.min(1, measures.sharedTopicCount / Math.min(measures.wantedTopicCount, 3));
}

function seniorityFit(measures: PairMeasures, criteria: MatchingCriteria): number {
  const { minLevels } = criteria.seniorityGap;
  return measures.levels >= minLevels ? 1 : Math.max(0, (measures.levels + 1) / (minLevels + 1));
}

function timezoneFit(measures: PairMeasures, criteria: MatchingCriteria): number {
  return Math.max(0, 1 - measures.timezoneHours / Math.max(criteria.timezone.maxHours, 1e-9));
}

function availabilityFit(measures: PairMeasures, criteria: MatchingCriteria): number {
  return Math.min(1, measures.sharedSlotCount / Math.max(criteria.availability.targetSlots, 1));
}

/** Hours between two UTC offsets, the short way round the clock. */
export function timezoneDistanceHours(offsetA: number, offsetB: number): number {
  const difference = Math.abs(offsetA - offsetB) % 24;
  return Math.min(difference, 24 - difference);
}
