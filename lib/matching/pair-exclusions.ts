import type {
  MatchingCriteria,
  MatchingRestrictions,
  MenteeEnrolment,
  MentorEnrolment,
  PairExclusionReason,
} from "./profile-types";

/** Lookups built once per programme so that each pair is checked in constant time. */
export interface ExclusionContext {
  managerOf: ReadonlyMap<string, string | null>;
  doNotMatch: ReadonlySet<string>;
  earlierPairs: ReadonlySet<string>;
  criteria: MatchingCriteria;
}

export function buildExclusionContext(
  people: ReadonlyArray<{ id: string; managerId: string | null }>,
  restrictions: MatchingRestrictions,
  criteria: MatchingCriteria,
): ExclusionContext {
  const managerOf = new Map(restrictions.managerOf ?? []);
  for (const person of people) managerOf.set(person.id, person.managerId);
  return {
    managerOf,
    doNotMatch: new Set(restrictions.doNotMatch.map(([a, b]) => unorderedKey(a, b))),
    earlierPairs: new Set(restrictions.earlierPairs.map((pair) => `${pair.mentorId}\u0000${pair.menteeId}`)),
    criteria,
  };
}

/** The first hard rule that forbids this pair, or null when the pair is allowed. */
export function findPairExclusion(
  mentor: MentorEnrolment,
  mentee: MenteeEnrolment,
  context: ExclusionContext,
): PairExclusionReason | null {
  const mentorId = mentor.person.id;
  const menteeId = mentee.person.id;
  if (mentorId === menteeId) return { code: "samePerson" };
  if (!mentor.person.languages.some((language) => mentee.person.languages.includes(language))) {
    return { code: "noSharedLanguage" };
  }
  const relation = reportingRelation(mentorId, menteeId, context.managerOf);
  if (relation) return { code: "reportingLine", relation };
  if (context.doNotMatch.has(unorderedKey(mentorId, menteeId))) return { code: "doNotMatch" };
  if (context.earlierPairs.has(`${mentorId}\u0000${menteeId}`)) return { code: "earlierPair" };
  const { department, seniorityGap } = context.criteria;
  if (department.mode === "required" && mentor.person.department === mentee.person.department) {
    return { code: "sameDepartmentNotAllowed" };
  }
  const levels = mentor.person.level - mentee.person.level;
  if (seniorityGap.required && levels < seniorityGap.minLevels) {
    return { code: "seniorityGapTooSmall", levels, required: seniorityGap.minLevels };
  }
  return null;
}

/** How the mentor stands to the mentee in the reporting line (two levels either way), if at all. */
export function reportingRelation(
  mentorId: string,
  menteeId: string,
  managerOf: ReadonlyMap<string, string | null>,
): "directManager" | "managersManager" | "directReport" | "reportsReport" | null {
  const menteeManager = managerOf.get(menteeId) ?? null;
  if (menteeManager === mentorId) return "directManager";
  if (menteeManager !== null && managerOf.get(menteeManager) === mentorId) return "managersManager";
  const mentorManager = managerOf.get(mentorId) ?? null;
  if (mentorManager === menteeId) return "directReport";
  if (mentorManager !== null && managerOf.get(mentorManager) === menteeId) return "reportsReport";
  return null;
}

function unorderedKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
