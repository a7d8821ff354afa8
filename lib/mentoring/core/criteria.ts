import type { MatchingCriteria } from "@/lib/matching";
import { COMMON_TIME_DAYS } from "@/lib/scheduling/time/common-time";
import { readMentoringSettings as readProgrammeSettings, type MentoringSettings as ProgrammeSettings } from "@/lib/mentoring/core/settings";

// What the matching round needs from a programme's settings: the admin's choices (./settings.ts,
// edited on the programme page) turned into the engine's criteria. One source of truth for the stored shape.

/** How far apart two time zones may be before the time-zone criterion gives no points. */
const TIMEZONE_MAX_HOURS = 6;
/** Shared hours per week from which availability gives full points; counted over the common-time horizon. */
const AVAILABILITY_TARGET_SLOTS = 2 * Math.round(COMMON_TIME_DAYS / 7);

export function criteriaFrom(settings: ProgrammeSettings): MatchingCriteria {
  const { weights, minSeniorityGap, departmentRule } = settings;
  return {
    sharedTopics: { weight: weights.topics },
    seniorityGap: { weight: weights.seniority, minLevels: minSeniorityGap, required: false },
    timezone: { weight: weights.timeZone, maxHours: TIMEZONE_MAX_HOURS },
    department: { weight: departmentRule === "ignore" ? 0 : weights.department, mode: departmentRule === "require-different" ? "required" : "preferred" },
    availability: { weight: weights.availability, targetSlots: AVAILABILITY_TARGET_SLOTS },
  };
}

export type MentoringSettings = { defaultCapacity: number; responseDays: number; criteria: MatchingCriteria; selfSelect: boolean };

export function readMentoringSettings(settings: Record<string, unknown>): MentoringSettings {
  const programme = readProgrammeSettings(settings);
  return { defaultCapacity: programme.defaultCapacity, responseDays: programme.responseDays, criteria: criteriaFrom(programme), selfSelect: programme.matchingMode === "self-select" };
}

/** The criteria of a programme whose admin changed nothing. */
export const defaultCriteria: MatchingCriteria = criteriaFrom(readProgrammeSettings({}));
