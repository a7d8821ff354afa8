import type { Enrolment, Programme } from "@/db/schema";

// What lib/programmes knows of a programme's kind: its name, and that each kind reads its own settings and
// has its own enrolment roles. The kinds (lib/mentoring/kind.ts, lib/codevelopment/kind.ts) fill this in;
// lib/registry/programme-kinds.ts puts them side by side where a stored programme of either kind is read.

export type ProgrammeKind = Programme["kind"];
export type EnrolmentRole = Enrolment["role"];

export interface ProgrammeKindSpec<S> {
  readonly kind: ProgrammeKind;
  /** The stored settings (programmes.settings, jsonb) read back field by field, defaults for what is stale. */
  readSettings(raw: Record<string, unknown> | null | undefined): S;
  /** The roles one enrols in with this kind; a person holds at most one of them per programme. */
  readonly roles: readonly EnrolmentRole[];
}
