import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import type { FromLastTime } from "@/lib/conversations/record";
import { ConversationActionList } from "./conversation-action-list";
import { dayFormatter } from "./dates";

/**
 * "From last time": the agreements of the two people's last conversation and every action of theirs still
 * open, at the opening of the next one and in the pair's space.
 */
export async function FromLastTimePanel({ last, meId, timeZone, headingLevel = 2 }: { last: FromLastTime; meId: string; timeZone: string; headingLevel?: 2 | 3 }) {
  const [t, rawLocale, { dayOf }] = await Promise.all([getTranslations("conversations.lastTime"), getLocale(), dayFormatter(timeZone)]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby={`last-time-${last.conversationId}`} className="rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-5">
      <Heading id={`last-time-${last.conversationId}`} className="text-lg font-semibold">
        {t("title")}
      </Heading>
      <p className="mt-1 text-stone-700">{t("intro", { guide: last.guideName[locale], date: dayOf(last.closedAt) })}</p>
      <Sub className="mt-3 font-medium">{t("agreements")}</Sub>
      {last.agreements.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {last.agreements.map((a) => (
            <li key={a.id} className="break-words whitespace-pre-line">
              {a.body}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-stone-700">{t("noAgreements")}</p>
      )}
      <Sub className="mt-3 font-medium">{t("openActions")}</Sub>
      {last.openActions.length > 0 ? <ConversationActionList actions={last.openActions} meId={meId} timeZone={timeZone} /> : <p className="mt-1 text-stone-700">{t("noOpenActions")}</p>}
    </section>
  );
}
