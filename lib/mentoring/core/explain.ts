import type { PairExclusionReason, ScoreFactor, UnmatchedMenteeReason } from "@/lib/matching";

/** A translator on the "mentoring" messages (next-intl's `t`, or lib/i18n/translate.ts outside React). */
export type MentoringTranslate = (key: string, values?: Record<string, string | number>) => string;

export type ExplainContext = {
  t: MentoringTranslate;
  locale: string;
  /** Topic slug → label in the reader's language; unknown slugs are shown as they are. */
  topicLabel: (slug: string) => string;
};

function list(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

/** One sentence for one reason a pair's score went up or down, in the reader's language. */
export function explainFactor(factor: ScoreFactor, { t, locale, topicLabel }: ExplainContext): string {
  switch (factor.code) {
    case "sharedTopics":
      return t("explain.sharedTopics", { topics: list(factor.topics.map(topicLabel), locale), count: factor.topics.length });
    case "noSharedTopics":
      return t("explain.noSharedTopics");
    case "seniorityGap":
      if (factor.levels > 0) return t("explain.moreSenior", { levels: factor.levels });
      return factor.levels === 0 ? t("explain.sameLevel") : t("explain.lessSenior", { levels: -factor.levels });
    case "timezoneDiff":
      return factor.hours === 0 ? t("explain.sameTimeZone") : t("explain.hoursApart", { hours: factor.hours });
    case "sameDepartment":
      return t("explain.sameDepartment");
    case "differentDepartment":
      return t("explain.differentDepartment");
    case "sharedAvailability":
      return factor.slots.length === 0 ? t("explain.noSharedSlots") : t("explain.sharedSlots", { count: factor.slots.length });
  }
}

/** Why a pair is not allowed, for a refused pin or swap. */
export function explainExclusion(reason: PairExclusionReason, { t }: ExplainContext): string {
  switch (reason.code) {
    case "reportingLine":
      return t(`exclusion.reportingLine.${reason.relation}`);
    case "seniorityGapTooSmall":
      return t("exclusion.seniorityGapTooSmall", { levels: reason.levels, required: reason.required });
    default:
      return t(`exclusion.${reason.code}`);
  }
}

/** Why a mentee has no mentor, with what would help. */
export function explainUnmatched(reason: UnmatchedMenteeReason, context: ExplainContext): string[] {
  const { t } = context;
  if (reason.code === "mentorsFull") return [t("unmatched.mentorsFull", { count: reason.allowedMentors })];
  const counts = Object.entries(reason.exclusions).filter(([, count]) => (count ?? 0) > 0);
  if (counts.length === 0) return [t("unmatched.noMentors")];
  return [
    t("unmatched.noAllowedMentor"),
    ...counts.map(([code, count]) => t("unmatched.excludedBy", { count: count ?? 0, rule: t(`rules.${code}`) })),
  ];
}
