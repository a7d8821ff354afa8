import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import type { CodevProgrammeInput } from "./programme-schemas";

/** A valid co-development programme form: sign-up from yesterday to a week from now. */
export function codevProgrammeInput(change: Partial<CodevProgrammeInput> = {}): CodevProgrammeInput {
  const today = toZoned(new Date(), "Europe/Amsterdam").date;
  return {
    nameNl: "Intervisie",
    nameEn: "Co-development",
    descriptionNl: "Leidinggevenden helpen elkaar in kleine groepen.",
    descriptionEn: "Managers help each other in small groups.",
    opens: addDays(today, -1),
    closes: addDays(today, 7),
    groupSizeMin: 5,
    groupSizeMax: 7,
    cadenceWeeks: 3,
    sessionMinutes: 120,
    facilitatorMode: "perGroup",
    languages: ["nl", "en"],
    casePrepDays: 7,
    methodKey: "codevelopment",
    ...change,
  };
}
