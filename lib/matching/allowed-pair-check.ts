import { countCommon, type InternedProfiles } from "./interned-profiles";
import type { ExclusionContext } from "./pair-exclusions";
import type { MenteeEnrolment, MentorEnrolment } from "./profile-types";

/**
 * The hard rules of findPairExclusion on integers, for the candidate pipeline that checks millions of
 * pairs. findPairExclusion stays the reference (it also says which rule); a property test keeps the two
 * in agreement.
 */
export function createAllowedPairCheck(
  mentors: readonly MentorEnrolment[],
  mentees: readonly MenteeEnrolment[],
  interned: InternedProfiles,
  context: ExclusionContext,
): (mentorIndex: number, menteeIndex: number) => boolean {
  const personIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let index = personIndex.get(id);
    if (index === undefined) personIndex.set(id, (index = personIndex.size));
    return index;
  };
  const mentorPerson = Int32Array.from(mentors, (mentor) => indexOf(mentor.person.id));
  const menteePerson = Int32Array.from(mentees, (mentee) => indexOf(mentee.person.id));
  for (const [id, managerId] of context.managerOf) {
    indexOf(id);
    if (managerId !== null) indexOf(managerId);
  }
  const managerOf = new Int32Array(personIndex.size).fill(-1);
  for (const [id, managerId] of context.managerOf) {
    if (managerId !== null) managerOf[indexOf(id)] = indexOf(managerId);
  }
  const peopleCount = personIndex.size;
  const pairKey = (a: string, b: string): number | null => {
    const first = personIndex.get(a);
    const second = personIndex.get(b);
    return first === undefined || second === undefined ? null : first * peopleCount + second;
  };
  const doNotMatch = new Set<number>();
  for (const key of context.doNotMatch) {
    const [a, b] = key.split("\u0000");
    for (const numeric of [pairKey(a, b), pairKey(b, a)]) if (numeric !== null) doNotMatch.add(numeric);
  }
  const earlierPairs = new Set<number>();
  for (const key of context.earlierPairs) {
    const [mentorId, menteeId] = key.split("\u0000");
    const numeric = pairKey(mentorId, menteeId);
    if (numeric !== null) earlierPairs.add(numeric);
  }
  const { department, seniorityGap } = context.criteria;

  return (mentorIndex, menteeIndex) => {
    const mentorId = mentorPerson[mentorIndex];
    const menteeId = menteePerson[menteeIndex];
    if (mentorId === menteeId) return false;
    const { mentors: mentor, mentees: mentee } = interned;
    const languagesInCommon = countCommon(
      mentor.languageIds,
      mentor.languageStart[mentorIndex],
      mentor.languageStart[mentorIndex + 1],
      mentee.languageIds,
      mentee.languageStart[menteeIndex],
      mentee.languageStart[menteeIndex + 1],
    );
    if (languagesInCommon === 0) return false;
    const menteeManager = managerOf[menteeId];
    if (menteeManager === mentorId || (menteeManager >= 0 && managerOf[menteeManager] === mentorId)) return false;
    const mentorManager = managerOf[mentorId];
    if (mentorManager === menteeId || (mentorManager >= 0 && managerOf[mentorManager] === menteeId)) return false;
    const key = mentorId * peopleCount + menteeId;
    if (doNotMatch.size > 0 && doNotMatch.has(key)) return false;
    if (earlierPairs.size > 0 && earlierPairs.has(key)) return false;
    if (department.mode === "required" && mentor.department[mentorIndex] === mentee.department[menteeIndex]) return false;
    if (seniorityGap.required && mentor.level[mentorIndex] - mentee.level[menteeIndex] < seniorityGap.minLevels) return false;
    return true;
  };
}
