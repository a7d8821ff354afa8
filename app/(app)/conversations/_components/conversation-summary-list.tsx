import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import type { ConversationSummary } from "@/lib/conversations/summaries";
import { dayFormatter } from "./dates";

/** Conversations as links to their pages, each with the other person and when. */
export async function ConversationSummaryList({ conversations, timeZone, label }: { conversations: ConversationSummary[]; timeZone: string; label: string }) {
  const [t, rawLocale, { day, dayOf }] = await Promise.all([getTranslations("conversations.team"), getLocale(), dayFormatter(timeZone)]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const when = (c: ConversationSummary) =>
    c.status === "closed" && c.closedAt ? t("when.closed", { date: dayOf(c.closedAt) }) : c.status === "planned" ? (c.plannedOn ? t("when.plannedOn", { date: day(c.plannedOn) }) : t("when.planned")) : t("when.running");
  return (
    <ul aria-label={label} className="mt-3 space-y-2">
      {conversations.map((c) => (
        <li key={c.id} className="rounded-lg border border-stone-200 bg-white px-4 py-3">
          <Link href={`/conversations/${c.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">
            {t("item", { guide: c.guideName[locale], name: c.otherName })}
          </Link>
          <p className="text-sm text-stone-700">{when(c)}</p>
        </li>
      ))}
    </ul>
  );
}
