import { defaultMentoringSettings } from "@/lib/mentoring/core/settings";
import { insertProgramme } from "@/lib/programmes/test-fixtures";
import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import type { ProgrammeInput } from "./programme-schemas";

// Mentoring programmes for the programme tests, beside the shared world of lib/programmes/test-fixtures.ts.

const today = () => toZoned(new Date(), "Europe/Amsterdam").date;

/** A valid admin form: sign-up from yesterday to a week from now. */
export function mentoringProgrammeInput(change: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return {
    nameNl: "Mentorprogramma",
    nameEn: "Mentoring programme",
    descriptionNl: "Leidinggevenden helpen elkaar.",
    descriptionEn: "Managers help each other.",
    opens: addDays(today(), -1),
    closes: addDays(today(), 7),
    ...defaultMentoringSettings,
    ...change,
  };
}

/** A mentoring programme in the given status, written directly, whose mentors get a capacity of 2 by default. */
export function insertMentoringProgramme(organizationId: string, status: "draft" | "open" | "matching", window: "open" | "past" = "open") {
  return insertProgramme(organizationId, status, window, "mentoring", { ...defaultMentoringSettings, defaultCapacity: 2 });
}
