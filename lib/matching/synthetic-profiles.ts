import type { MatchingCriteria, MenteeEnrolment, MentorEnrolment, PersonProfile } from "./profile-types";
import { createSeededRandom, type SeededRandom } from "./seeded-random";

const DAYS = ["mon", "tue", "wed", "thu", "fri"];
const HOURS = ["09", "11", "14", "16"];
export const SYNTHETIC_SLOTS = DAYS.flatMap((day) => HOURS.map((hour) => `${day}-${hour}`));

export const DEFAULT_CRITERIA: MatchingCriteria = {
  sharedTopics: { weight: 3 },
  seniorityGap: { weight: 1, minLevels: 2, required: false },
  timezone: { weight: 1, maxHours: 6 },
  department: { weight: 1, mode: "preferred" },
  availability: { weight: 1, targetSlots: 2 },
};

/**
 * Reproducible enrolments for benchmarks: skewed department sizes, mostly Dutch and English speakers,
 * a few time zones, popular and niche topics, and a manager tree in which managers are one level up.
 */
export function generateSyntheticEnrolments(options: { mentees: number; mentors: number; seed: number }): {
  mentors: MentorEnrolment[];
  mentees: MenteeEnrolment[];
} {
  const random = createSeededRandom(options.seed);
  const topics = Array.from({ length: 120 }, (_, index) => `topic-${index}`);
  const pickTopic = (): string => topics[Math.floor(topics.length * random.next() ** 2)];
  const people: PersonProfile[] = [];
  const byLevel: PersonProfile[][] = Array.from({ length: 8 }, () => []);
  const newPerson = (id: string, level: number): PersonProfile => {
    const managers = byLevel[level + 1] ?? [];
    const person: PersonProfile = {
      id,
      department: `dept-${Math.floor(40 * random.next() ** 2)}`,
      managerId: managers.length > 0 && random.next() < 0.9 ? random.pick(managers).id : null,
      level,
      languages: pickLanguages(random),
      utcOffsetHours: random.pick([1, 1, 1, 1, 1, 1, 0, 2, 2, -5, 5.5, 8]),
      availability: pickDistinct(random, SYNTHETIC_SLOTS, 3 + random.below(5)),
    };
    byLevel[level].push(person);
    people.push(person);
    return person;
  };
  // Seniors first, so that everyone below can have a manager from the level above.
  const mentorProfiles = Array.from({ length: options.mentors }, (_, index) => index)
    .map((index) => ({ index, level: 3 + random.below(5) }))
    .sort((a, b) => b.level - a.level)
    .map(({ index, level }) => newPerson(`mentor-${index}`, level));
  const menteeProfiles = Array.from({ length: options.mentees }, (_, index) => newPerson(`mentee-${index}`, 1 + random.below(4)));
  return {
    mentors: mentorProfiles.map((person) => ({
      person,
      offeredTopics: Array.from({ length: 3 + random.below(4) }, pickTopic),
      capacity: 1 + random.below(6),
    })),
    mentees: menteeProfiles.map((person) => ({
      person,
      goals: Array.from({ length: 1 + random.below(2) }, pickTopic),
      topics: Array.from({ length: 1 + random.below(3) }, pickTopic),
    })),
  };
}

function pickLanguages(random: SeededRandom): string[] {
  const languages = [random.next() < 0.85 ? "nl" : "en"];
  if (languages[0] === "nl" && random.next() < 0.6) languages.push("en");
  if (random.next() < 0.08) languages.push("fr");
  if (random.next() < 0.05) languages.push("de");
  return languages;
}

export function pickDistinct<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.below(pool.length), 1)[0]);
  return picked;
}
