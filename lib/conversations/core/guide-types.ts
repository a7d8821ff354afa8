export type Localized = { nl: string; en: string };

/** What a conversation is for; a pair's space offers the mentoring kinds, a manager's page the others. */
export const guideKinds = ["mentoringFirst", "mentoringCheckIn", "oneOnOne", "career", "stay"] as const;
export type GuideKind = (typeof guideKinds)[number];

/** One step of a conversation: what it is about, the questions to ask, and roughly how long it takes. */
export type GuideStep = {
  key: string;
  title: Localized;
  /** The questions, each in both languages (the same question, not a word-for-word translation). */
  prompts: Localized[];
  minutes: number;
};

/**
 * The last step of every guide: the two people agree what they take with them. The runner records
 * agreements (what we keep doing, how we work together) and actions (who does what, by when) here.
 */
export type GuideClosing = { title: Localized; prompts: Localized[]; minutes: number };

/** What one conversation leaves behind: kept for the two people only (issue 12). An action's owner is one of them, or nobody in particular. */
export type ClosingRecord = {
  agreements: string[];
  actions: Array<{ description: string; ownerMembershipId: string | null; dueDate: string | null }>;
};

export type Guide = {
  /** A built-in guide's own key ("career"), or "custom:<uuid>" for an organisation's own. */
  key: string;
  kind: GuideKind;
  name: Localized;
  summary: Localized;
  steps: GuideStep[];
  /** The email the other person gets before the conversation, so that they can prepare; none for some guides. */
  preparation: Localized | null;
  closing: GuideClosing;
};

export function totalGuideMinutes(guide: Pick<Guide, "steps" | "closing">): number {
  return guide.steps.reduce((sum, step) => sum + step.minutes, 0) + guide.closing.minutes;
}

/** A prompts field as typed in the admin's form: one question per line, blank lines ignored. */
export function promptLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** The form's two lists of questions as pairs; the schema has checked that they are as long. */
export function pairPrompts(nl: string, en: string): Localized[] {
  const english = promptLines(en);
  return promptLines(nl).map((question, i) => ({ nl: question, en: english[i] ?? "" }));
}

/** A list of questions back as the form's text, one per line. */
export function promptText(prompts: Localized[], language: keyof Localized): string {
  return prompts.map((p) => p[language]).join("\n");
}
