import type { Guide, GuideKind, Localized } from "@/lib/conversations/core/guide-types";

// Which guides a conversation may run, and the runner's screens of a guide. Pure: the pair's space, the
// manager's team page and the runner read the same rules.

/** A mentoring pair's conversation, or a manager's with one of their own team members. */
export type ConversationContext = "pair" | "team";

/** The kinds of guide each context offers: a pair's space the mentoring ones, a manager's page the others. */
export const guideKindsFor: Record<ConversationContext, readonly GuideKind[]> = {
  pair: ["mentoringFirst", "mentoringCheckIn"],
  team: ["oneOnOne", "career", "stay"],
};

export function isGuideFor(context: ConversationContext, guide: Pick<Guide, "kind">): boolean {
  return guideKindsFor[context].includes(guide.kind);
}

/** The guide a form proposes first: a pair's first meeting until they have held one, then a check-in; a manager's 1-on-1. */
export function proposedGuideKey(context: ConversationContext, heldBefore: boolean): string {
  if (context === "team") return "oneOnOne";
  return heldBefore ? "mentoringCheckIn" : "mentoringFirst";
}

/** One screen of the runner: a step of the guide, or its closing step, which is always the last. */
export type RunnerStep = { key: string; title: Localized; prompts: Localized[]; minutes: number; closing: boolean };

export const CLOSING_STEP_KEY = "closing";

export function runnerSteps(guide: Pick<Guide, "steps" | "closing">): RunnerStep[] {
  return [
    ...guide.steps.map((step) => ({ key: step.key, title: step.title, prompts: step.prompts, minutes: step.minutes, closing: false })),
    { key: CLOSING_STEP_KEY, title: guide.closing.title, prompts: guide.closing.prompts, minutes: guide.closing.minutes, closing: true },
  ];
}
