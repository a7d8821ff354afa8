/**
 * The engine's own view of people and programme settings. The app maps its database rows into these;
 * the engine never sees the database.
 */
export interface PersonProfile {
  id: string;
  department: string;
  /** Direct manager's person id, or null. */
  managerId: string | null;
  /** Seniority level; higher is more senior. */
  level: number;
  languages: readonly string[];
  /** Offset from UTC in hours, e.g. 1 for Amsterdam in winter. */
  utcOffsetHours: number;
  /** Weekly availability as slot ids such as "mon-09". */
  availability: readonly string[];
}

export interface MentorEnrolment {
  person: PersonProfile;
  /** Topics the mentor offers, as topic slugs ("change-management"). */
  offeredTopics: readonly string[];
  capacity: number;
}

export interface MenteeEnrolment {
  person: PersonProfile;
  goals: readonly string[];
  topics: readonly string[];
}

/** Weights an admin sets per programme; a weight of 0 switches a criterion off. */
export interface MatchingCriteria {
  sharedTopics: { weight: number };
  seniorityGap: { weight: number; minLevels: number; required: boolean };
  /** Full marks at 0 hours apart, none at `maxHours` or more. */
  timezone: { weight: number; maxHours: number };
  department: { weight: number; mode: "preferred" | "required" };
  /** Full marks from `targetSlots` shared weekly slots up. */
  availability: { weight: number; targetSlots: number };
}

/** Hard rules beyond the ones that follow from the profiles themselves. */
export interface MatchingRestrictions {
  /** Unordered pairs of person ids who asked not to be matched. */
  doNotMatch: ReadonlyArray<readonly [string, string]>;
  /** Mentor/mentee pairs from earlier rounds of this programme. */
  earlierPairs: ReadonlyArray<{ mentorId: string; menteeId: string }>;
  /** Managers of people who are not enrolled, so that "manager's manager" can be followed. */
  managerOf?: ReadonlyMap<string, string | null>;
}

/** One reason a score went up or down, as data; the app words it in Dutch or English. */
export type ScoreFactor =
  | { code: "sharedTopics"; topics: string[]; effect: number }
  | { code: "noSharedTopics"; effect: number }
  | { code: "seniorityGap"; levels: number; effect: number }
  | { code: "timezoneDiff"; hours: number; effect: number }
  | { code: "differentDepartment"; effect: number }
  | { code: "sameDepartment"; effect: number }
  | { code: "sharedAvailability"; slots: string[]; effect: number };

export interface ExplainedScore {
  /** In [0, 1]: 0.5 plus the sum of the factors' effects. */
  score: number;
  /** Largest effect first; effect > 0 raised the score, effect < 0 lowered it. */
  factors: ScoreFactor[];
}

/** Why a mentor/mentee pair is not allowed at all. */
export type PairExclusionReason =
  | { code: "samePerson" }
  | { code: "noSharedLanguage" }
  | { code: "reportingLine"; relation: "directManager" | "managersManager" | "directReport" | "reportsReport" }
  | { code: "doNotMatch" }
  | { code: "earlierPair" }
  | { code: "sameDepartmentNotAllowed" }
  | { code: "seniorityGapTooSmall"; levels: number; required: number };

export type PairExclusionCode = PairExclusionReason["code"];

/** Why a mentee ended up without a mentor. */
export type UnmatchedMenteeReason =
  | { code: "noAllowedMentor"; exclusions: Partial<Record<PairExclusionCode, number>> }
  | { code: "mentorsFull"; allowedMentors: number };
