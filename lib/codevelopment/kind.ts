import type { ProgrammeKindSpec } from "@/lib/programmes/kind";
import { readCodevSettings, type CodevSettings } from "./core/settings";
import { codevRoles } from "./schemas";

/** Co-development as lib/programmes sees it: its settings (with the programme's copy of a method) and its roles. */
export const codevelopmentKind = {
  kind: "codevelopment",
  readSettings: readCodevSettings,
  roles: codevRoles,
} as const satisfies ProgrammeKindSpec<CodevSettings>;
