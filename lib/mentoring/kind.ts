import type { ProgrammeKindSpec } from "@/lib/programmes/kind";
import { readMentoringSettings, type MentoringSettings } from "./core/settings";

/** Mentoring as lib/programmes sees it: its settings and its two roles. */
export const mentoringKind = {
  kind: "mentoring",
  readSettings: readMentoringSettings,
  roles: ["mentee", "mentor"],
} as const satisfies ProgrammeKindSpec<MentoringSettings>;
