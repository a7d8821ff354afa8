import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/app/_components/ui/button";
import { startPairConversationAction } from "@/app/(app)/conversations/actions";
import { dayFormatter } from "@/app/(app)/conversations/_components/dates";
import { FromLastTimePanel } from "@/app/(app)/conversations/_components/from-last-time";
import { StartConversationForm } from "@/app/(app)/conversations/_components/start-conversation-form";
import type { PairConversationsView } from "@/lib/conversations/pair-conversations";
import { isLocale } from "@/lib/i18n/config";

const card = "rounded-lg border border-stone-200 bg-white p-4";
const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";

/**
 * The pair's guided conversations in their space: the one planned or under way, a form to prepare or start
 * one, "from last time" (their agreements and open actions), and the conversations they held.
 */
export async function PairConversations({ matchId, view, ongoing, meId, discarded }: { matchId: string; view: PairConversationsView; ongoing: boolean; meId: string; discarded: boolean }) {
  const [t, rawLocale, { day, dayOf }] = await Promise.all([getTranslations("conversations.pair"), getLocale(), dayFormatter(view.timeZone)]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const open = view.open;
  return (
    <section aria-labelledby="pair-conversations" className="mt-8">
      <h2 id="pair-conversations" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-2xl text-stone-700">{t("intro")}</p>
      {discarded && (
        <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-brand-900">
          {t("discarded")}
        </p>
      )}
      <div className="mt-3 space-y-4">
        {open && (
          <div className={card}>
            <p className="font-medium">
              {open.status === "running"
                ? t("running", { guide: open.guideName[locale] })
                : open.plannedOn
                  ? t("plannedOn", { guide: open.guideName[locale], date: day(open.plannedOn) })
                  : t("planned", { guide: open.guideName[locale] })}
            </p>
            <Link href={`/conversations/${open.id}`} className={buttonClass({ className: "mt-3 inline-block" })}>
              {t("openLink")}
            </Link>
          </div>
        )}
        {!open && ongoing && (
          <details className="rounded-lg border border-stone-200 bg-white px-4 py-3" open={view.held.length === 0 && !view.fromLastTime}>
            <summary className="cursor-pointer font-medium text-brand-700">{t("startOpen")}</summary>
            <StartConversationForm action={startPairConversationAction} fields={{ matchId }} guides={view.guides} proposedKey={view.proposedKey} today={view.today} />
          </details>
        )}
        {!ongoing && <p className="text-stone-700">{t("endedNote")}</p>}
        {view.fromLastTime && <FromLastTimePanel last={view.fromLastTime} meId={meId} timeZone={view.timeZone} headingLevel={3} />}
        {view.held.length > 0 && (
          <div>
            <h3 className="font-medium">{t("held")}</h3>
            <ul className="mt-2 space-y-1">
              {view.held.map((c) => (
                <li key={c.id}>
                  <Link href={`/conversations/${c.id}`} className={linkClass}>
                    {t("heldItem", { guide: c.guideName[locale], date: c.closedAt ? dayOf(c.closedAt) : "" })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
