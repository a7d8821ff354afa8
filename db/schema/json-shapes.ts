// The shapes of the jsonb columns, as stored. They belong to the tables (db/ imports nothing from lib/, an
// eslint rule); the domain's own types (lib/codevelopment/core/method-types.ts, lib/scheduling/time/runner-clock.ts) must stay
// assignable both ways, which lib/codevelopment/stored-shapes.ts checks at compile time.

type StoredLocalized = { nl: string; en: string };

export type StoredMethodStep = {
  key: string;
  title: StoredLocalized;
  instruction: StoredLocalized;
  minutes: number;
  presenterTurnedAway?: boolean;
  showsPreviousActions?: boolean;
};

export type StoredMethod = { key: string; name: StoredLocalized; summary: StoredLocalized; steps: StoredMethodStep[] };

export type StoredRunnerClock = { stepIndex: number; stepStartedAt: number; pausedAt: number | null; pausedMs: number };

/** A CSV row that an import in mode "valid" left out, with its errors' codes (lib/members/import-validation.ts). */
export type StoredRejectedImportRow = {
  row: number;
  name: string;
  email: string;
  department: string;
  managerEmail: string;
  language: string;
  errors: Array<{ code: string; firstRow?: number }>;
};

/** A conversation guide (lib/conversations/core/guide-types.ts; checked in lib/conversations/stored-shapes.ts). */
export type StoredGuideStep = { key: string; title: StoredLocalized; prompts: StoredLocalized[]; minutes: number };
export type StoredGuide = {
  key: string;
  kind: "mentoringFirst" | "mentoringCheckIn" | "oneOnOne" | "career" | "stay";
  name: StoredLocalized;
  summary: StoredLocalized;
  steps: StoredGuideStep[];
  preparation: StoredLocalized | null;
  closing: { title: StoredLocalized; prompts: StoredLocalized[]; minutes: number };
};
