import { z } from "zod";
import type { GroupParticipant, GroupsProblem } from "@/lib/matching";
import { codevLanguages, type CodevSettings } from "./settings";
import { sessionSlots } from "./formation-slots";

/** A participant's profile as group formation needs it (memberships row plus the enrolment's answers). */
export type FormationProfile = {
  membershipId: string;
  name: string;
  department: string | null;
  managerMembershipId: string | null;
  languages: readonly string[];
  timeZone: string | null;
  availability: readonly string[];
  answers: Record<string, unknown>;
};

export type FormationSettings = Pick<CodevSettings, "groupSizeMin" | "groupSizeMax" | "languages" | "sessionMinutes">;

export type ProblemOptions = {
  profiles: readonly FormationProfile[];
  settings: FormationSettings;
  organizationTimeZone: string;
  /** The week whose clocks the slots are read in: the week the first sessions fall in. */
  at: Date;
};

// The languages a participant chose when signing up; the sign-up form stores them, older rows may not.
const answersLanguages = z.object({ languages: z.array(z.enum(codevLanguages)).min(1) });

/** The languages a participant can meet in: what they chose (or speak), limited to the programme's languages. */
export function meetingLanguages(profile: Pick<FormationProfile, "languages" | "answers">, programmeLanguages: readonly string[]): string[] {
  const chosen = answersLanguages.safeParse(profile.answers);
  const spoken = chosen.success ? chosen.data.languages : profile.languages;
  return programmeLanguages.filter((language) => spoken.includes(language));
}

/** One engine participant per membership: the ids are membership ids, so reporting lines compare directly. */
export function toGroupParticipant(profile: FormationProfile, options: Omit<ProblemOptions, "profiles">): GroupParticipant {
  return {
    id: profile.membershipId,
    department: profile.department?.trim() ?? "",
    manager: profile.managerMembershipId,
    languages: meetingLanguages(profile, options.settings.languages),
    slots: sessionSlots(
      { availability: profile.availability, timeZone: profile.timeZone ?? options.organizationTimeZone },
      { referenceZone: options.organizationTimeZone, durationMinutes: options.settings.sessionMinutes, at: options.at },
    ),
  };
}

export function buildGroupsProblem(options: ProblemOptions): GroupsProblem {
  return {
    kind: "groups",
    minSize: options.settings.groupSizeMin,
    maxSize: options.settings.groupSizeMax,
    participants: options.profiles.map((profile) => toGroupParticipant(profile, options)),
  };
}
