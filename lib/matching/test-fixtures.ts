import type { MatchingCriteria, MenteeEnrolment, MentorEnrolment, PersonProfile } from "./profile-types";

/** Small hand-made profiles for the tests. */
export function person(id: string, overrides: Partial<PersonProfile> = {}): PersonProfile {
  return {
    id,
    department: "Finance",
    managerId: null,
    level: 2,
    languages: ["nl"],
    utcOffsetHours: 1,
    availability: ["mon-09"],
    ...overrides,
  };
}

export function mentor(id: string, overrides: Partial<PersonProfile> = {}, offeredTopics: string[] = [], capacity = 1): MentorEnrolment {
  return { person: person(id, { level: 4, ...overrides }), offeredTopics, capacity };
}

export function mentee(id: string, overrides: Partial<PersonProfile> = {}, topics: string[] = [], goals: string[] = []): MenteeEnrolment {
  return { person: person(id, overrides), goals, topics };
}

export const criteria: MatchingCriteria = {
  sharedTopics: { weight: 3 },
  seniorityGap: { weight: 1, minLevels: 2, required: false },
  timezone: { weight: 1, maxHours: 6 },
  department: { weight: 1, mode: "preferred" },
  availability: { weight: 1, targetSlots: 2 },
};
