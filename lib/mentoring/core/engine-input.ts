import { z } from "zod";
import type { MatchingRestrictions, MenteeEnrolment, MentorEnrolment, PersonProfile } from "@/lib/matching";
import { commonTimeWindow, freeHourKeys } from "@/lib/scheduling/time/common-time";
import { offsetMinutes } from "@/lib/scheduling/time/zoned-time";
import type { MentoringSettings } from "./criteria";
import { enrolmentTopics } from "./topics";

/** A membership's profile fields as matching needs them (a subset of the memberships row). */
export type ProfileRow = {
  id: string;
  department: string | null;
  managerMembershipId: string | null;
  seniority: number | null;
  languages: string[];
  timeZone: string | null;
  topics: string[];
  availability: string[];
};

export type EnrolmentRow = {
  id: string;
  membershipId: string;
  role: "mentor" | "mentee";
  answers: Record<string, unknown>;
  capacity: number | null;
};

export type EngineInputOptions = {
  enrolments: readonly EnrolmentRow[];
  /** Profiles of everyone enrolled plus their managers, so that reporting lines two levels up are seen. */
  profiles: readonly ProfileRow[];
  settings: MentoringSettings;
  /** Mentor/mentee enrolment pairs that already met in this programme (accepted, declined or ended). */
  earlierPairs: ReadonlyArray<{ mentorEnrolmentId: string; menteeEnrolmentId: string }>;
  /** When the offsets are taken: a zone's offset changes with daylight saving. */
  at: Date;
  defaultTimeZone: string;
};

export type EngineInput = {
  mentors: MentorEnrolment[];
  mentees: MenteeEnrolment[];
  restrictions: MatchingRestrictions;
  mentorEnrolmentOf: ReadonlyMap<string, string>;
  menteeEnrolmentOf: ReadonlyMap<string, string>;
};

// What the enrolment form may store; anything else is ignored rather than trusted.
const answersSchema = z.object({
  topics: z.array(z.string()).catch([]),
  avoid: z.array(z.string()).catch([]),
  paused: z.boolean().catch(false),
});

export function parseAnswers(answers: Record<string, unknown>) {
  return answersSchema.parse({ topics: answers.topics ?? [], avoid: answers.avoid ?? [], paused: answers.paused ?? false });
}

/**
 * The engine works on people: every profile id is the membership id, so that reporting lines
 * (managerMembershipId), the avoid lists and earlier pairs compare directly. Mentor and mentee ids live in
 * separate lists, so someone enrolled in both roles is kept apart by the engine's own samePerson rule;
 * `mentorEnrolmentOf` / `menteeEnrolmentOf` map the engine's answer back to enrolments.
 */
export function buildEngineInput(options: EngineInputOptions): EngineInput {
  const profiles = new Map(options.profiles.map((profile) => [profile.id, profile]));
  const managerOf = new Map<string, string | null>(options.profiles.map((profile) => [profile.id, profile.managerMembershipId]));
  // The engine intersects availability as sets. Each person's weekly grid is in their own zone, so "mon-15"
  // in Amsterdam and "mon-15" in New York are six hours apart: the engine gets the concrete free hours of the
  // common-time horizon instead, the same hours the pair's space will offer (lib/scheduling/time/common-time.ts).
  const freeHours = freeHourKeys(
    options.profiles.map((profile) => ({ id: profile.id, timeZone: profile.timeZone ?? options.defaultTimeZone, availability: profile.availability })),
    options.defaultTimeZone,
    commonTimeWindow(options.at),
  );
  const person = (membershipId: string): PersonProfile => {
    const profile = profiles.get(membershipId);
    return {
      id: membershipId,
      department: profile?.department ?? "",
      managerId: profile?.managerMembershipId ?? null,
      level: profile?.seniority ?? 1,
      languages: profile?.languages ?? [],
      utcOffsetHours: offsetMinutes(options.at, profile?.timeZone ?? options.defaultTimeZone) / 60,
      availability: freeHours.get(membershipId) ?? [],
    };
  };
  const mentors: MentorEnrolment[] = [];
  const mentees: MenteeEnrolment[] = [];
  const doNotMatch: Array<[string, string]> = [];
  const mentorEnrolmentOf = new Map<string, string>();
  const menteeEnrolmentOf = new Map<string, string>();
  for (const enrolment of options.enrolments) {
    const answers = parseAnswers(enrolment.answers);
    const topics = enrolmentTopics(enrolment.answers, profiles.get(enrolment.membershipId)?.topics ?? []);
    if (enrolment.role === "mentor") {
      // A paused mentor takes no new mentees this round.
      if (answers.paused) continue;
      mentorEnrolmentOf.set(enrolment.membershipId, enrolment.id);
      mentors.push({ person: person(enrolment.membershipId), offeredTopics: topics, capacity: enrolment.capacity ?? options.settings.defaultCapacity });
    } else {
      menteeEnrolmentOf.set(enrolment.membershipId, enrolment.id);
      mentees.push({ person: person(enrolment.membershipId), goals: [], topics });
      for (const avoided of answers.avoid) doNotMatch.push([enrolment.membershipId, avoided]);
    }
  }
  const membershipOf = new Map(options.enrolments.map((enrolment) => [enrolment.id, enrolment.membershipId]));
  const earlierPairs = options.earlierPairs.flatMap((pair) => {
    const mentorId = membershipOf.get(pair.mentorEnrolmentId);
    const menteeId = membershipOf.get(pair.menteeEnrolmentId);
    return mentorId && menteeId ? [{ mentorId, menteeId }] : [];
  });
  return { mentors, mentees, restrictions: { doNotMatch, earlierPairs, managerOf }, mentorEnrolmentOf, menteeEnrolmentOf };
}

/** A short excerpt of the mentee's goals, which the enrolment form shares with the mentor. */
export function parseGoals(answers: Record<string, unknown>, maxLength = 240): string | null {
  const goals = typeof answers.goals === "string" ? answers.goals.trim() : "";
  if (goals === "") return null;
  return goals.length > maxLength ? `${goals.slice(0, maxLength - 1).trimEnd()}…` : goals;
}
