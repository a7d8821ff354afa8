import type { ProposalReason } from "./formation-explain";
import { parseSlot, slotTime } from "./formation-slots";

/** A translator on the "codevGroups" messages (next-intl's `t`, or lib/i18n/translate.ts outside React). */
export type GroupsTranslate = (key: string, values?: Record<string, string | number>) => string;

/** "Mondays 09:00" / "maandag 09:00": a weekly slot in words (the time is the organisation's clock). */
export function slotLabel(slot: string, t: GroupsTranslate): string {
  const parsed = parseSlot(slot);
  return parsed ? t("slot", { weekday: t(`weekdays.${parsed.weekday}`), time: slotTime(slot) }) : slot;
}

export function languageLabel(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}

/**
 * Why a participant has no group, in the reader's language, with what would help. `minSize` (the
 * programme's smallest group) lets "too few others" say how many a group needs.
 */
export function explainReason(reason: ProposalReason, t: GroupsTranslate, locale: string, context: { minSize?: number } = {}): string[] {
  const slots = (list: string[], type: "conjunction" | "disjunction") => new Intl.ListFormat(locale, { type }).format(list.map((slot) => slotLabel(slot, t)));
  const suggestion = (suggested: string[]) => (suggested.length > 0 ? [t("reasons.suggestSlots", { slots: slots(suggested, "disjunction") })] : []);
  switch (reason.code) {
    case "noLanguage":
      return [t("reasons.noLanguage")];
    case "noSlot":
      return [t("reasons.noSlot")];
    case "noFacilitator":
      return [t("reasons.noFacilitator")];
    case "tooFewPeers":
      return [
        reason.bestPeerCount === 0
          ? t("reasons.noCommonSlot")
          : context.minSize
            ? t("reasons.groupSize", { count: reason.bestPeerCount, min: context.minSize })
            : t("reasons.tooFewPeers", { count: reason.bestPeerCount }),
        ...suggestion(reason.suggestedSlots),
      ];
    case "groupsFull":
      return [t("reasons.groupsFull", { slots: slots(reason.slots, "conjunction") }), ...(reason.suggestedSlots.length > 0 ? suggestion(reason.suggestedSlots) : [t("reasons.largerGroups")])];
    case "reportingLineConflict":
      return [t("reasons.reportingLineConflict", { slots: slots(reason.slots, "conjunction") })];
    case "lateFits":
      return [t("reasons.lateFits", { groups: new Intl.ListFormat(locale, { type: "disjunction" }).format(reason.numbers.map((number) => t("groupName", { number }))) })];
    case "fitsGroup":
      return [t("reasons.fitsGroup", { groups: new Intl.ListFormat(locale, { type: "disjunction" }).format(reason.numbers.map((number) => t("groupName", { number }))) })];
  }
}
