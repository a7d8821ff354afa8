import { findPairExclusion, type ExclusionContext } from "./pair-exclusions";
import type { MenteeEnrolment, MentorEnrolment, PairExclusionCode, UnmatchedMenteeReason } from "./profile-types";

/**
 * Why a mentee got no mentor. If every mentor is excluded, the counts per hard rule tell the admin what
 * to relax; otherwise the allowed mentors were all needed by others (the optimum matched as many mentees
 * as possible), so more mentor capacity is what helps.
 */
export function explainUnmatchedMentee(
  mentee: MenteeEnrolment,
  mentors: readonly MentorEnrolment[],
  context: ExclusionContext,
): UnmatchedMenteeReason {
  const exclusions: Partial<Record<PairExclusionCode, number>> = {};
  let allowedMentors = 0;
  for (const mentor of mentors) {
    const exclusion = findPairExclusion(mentor, mentee, context);
    if (exclusion) exclusions[exclusion.code] = (exclusions[exclusion.code] ?? 0) + 1;
    else if (mentor.capacity > 0) allowedMentors++;
  }
  return allowedMentors === 0 ? { code: "noAllowedMentor", exclusions } : { code: "mentorsFull", allowedMentors };
}
