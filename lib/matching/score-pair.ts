import type { ExplainedScore, MatchingCriteria, MenteeEnrolment, MentorEnrolment, ScoreFactor } from "./profile-types";
import { criterionEffects, scoreFromMeasures, timezoneDistanceHours, type PairMeasures } from "./score-measures";

/**
 * Scores a mentor for a mentee and says why, as data: each criterion that is switched on (weight > 0)
 * and moved the score appears as a factor with its effect; the app words the factors in Dutch or English.
 */
export function scorePair(mentor: MentorEnrolment, mentee: MenteeEnrolment, criteria: MatchingCriteria): ExplainedScore {
  const wanted = new Set([...mentee.goals, ...mentee.topics]);
  const topics = [...new Set(mentor.offeredTopics)].filter((topic) => wanted.has(topic));
  const menteeSlots = new Set(mentee.person.availability);
  const slots = [...new Set(mentor.person.availability)].filter((slot) => menteeSlots.has(slot));
  const measures: PairMeasures = {
    sharedTopicCount: topics.length,
    wantedTopicCount: wanted.size,
    levels: mentor.person.level - mentee.person.level,
    timezoneHours: timezoneDistanceHours(mentor.person.utcOffsetHours, mentee.person.utcOffsetHours),
    sameDepartment: mentor.person.department === mentee.person.department,
    sharedSlotCount: slots.length,
  };
  const effects = criterionEffects(measures, criteria);
  const factors: ScoreFactor[] = [];
  if (criteria.sharedTopics.weight > 0) {
    const effect = effects.sharedTopics;
    factors.push(topics.length > 0 ? { code: "sharedTopics", topics, effect } : { code: "noSharedTopics", effect });
  }
  if (criteria.seniorityGap.weight > 0) {
    factors.push({ code: "seniorityGap", levels: measures.levels, effect: effects.seniorityGap });
  }
  if (criteria.timezone.weight > 0) {
    factors.push({ code: "timezoneDiff", hours: measures.timezoneHours, effect: effects.timezone });
  }
  if (criteria.department.weight > 0) {
    const effect = effects.department;
    factors.push(measures.sameDepartment ? { code: "sameDepartment", effect } : { code: "differentDepartment", effect });
  }
  if (criteria.availability.weight > 0) {
    factors.push({ code: "sharedAvailability", slots, effect: effects.availability });
  }
  const shown = factors.filter((factor) => factor.effect !== 0).sort((a, b) => b.effect - a.effect);
  return { score: scoreFromMeasures(measures, criteria), factors: shown };
}
