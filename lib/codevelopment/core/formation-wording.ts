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

/** Why a participant has no group, in the reader's language, with what would help. */
export function explainReason(reason: ProposalReason, t: GroupsTranslate, locale: string): string[] {
  const slots = (list: string[], type: "conjunction" | "disjunction") => new Intl.ListFormat(locale, { type }).format(list.map((slot) => slotLabel(slot, t)));
  const suggestion = (suggested: string[]) => (suggested.length > 0 ? [t("reasons.suggestSlots", { slots: slots(suggested, "disjunction") })] : []);
  switch (reason.code) {
    case "noLanguageOrSlot":
      return [t("reasons.noLanguageOrSlot")];
    case "tooFewPeers":
      return [t("reasons.tooFewPeers", { count: reason.bestPeerCount }), ...suggestion(reason.suggestedSlots)];
    case "groupsFull":
      return [t("reasons.groupsFull", { slots: slots(reason.slots, "conjunction") }), ...(reason.suggestedSlots.length > 0 ? suggestion(reason.suggestedSlots) : [t("reasons.largerGroups")])];
    case "reportingLineConflict":
      return [t("reasons.reportingLineConflict", { slots: slots(reason.slots, "conjunction") })];
    case "fitsGroup":
      return [t("reasons.fitsGroup", { groups: new Intl.ListFormat(locale, { type: "disjunction" }).format(reason.numbers.map((number) => t("groupName", { number }))) })];
  }
}
