import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { slotLabel } from "@/lib/codevelopment/core/formation-wording";
import { listMyGroups } from "@/lib/codevelopment/groups/queries";
import { isLocale } from "@/lib/i18n/config";
import { getViewerClock } from "@/lib/scheduling/viewer-clock";
import { formatViewerTime } from "@/lib/scheduling/time/viewer-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevGroups"))("list.title") };
}

export default async function GroupsPage() {
  const ctx = await requirePageMember("sessions.view");
  const { groups } = await listMyGroups(actorScopeOf(ctx));
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const t = await getTranslations("codevGroups");
  // The times rule (README): the viewer's own clock, the zone named when it is not the organisation's.
  const clock = await getViewerClock(actorScopeOf(ctx), locale);
  const when = { format: (date: Date) => formatViewerTime(date, clock, "long") };
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("list.intro")}</p>
      {groups.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("list.empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {groups.map((group) => (
            <li key={group.id} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-base font-semibold">{t("groupName", { number: group.number })}</h2>
                <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-medium text-brand-900">
                  {group.status === "closed" ? t("list.closed") : t(`list.role.${group.role}`)}
                </span>
              </div>
              <p className="text-sm text-stone-600">{group.programmeName[locale]}</p>
              <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium text-stone-600">{t("list.meets")}</dt>
                <dd>{slotLabel(group.slot, t)}</dd>
                <dt className="font-medium text-stone-600">{t("list.next")}</dt>
                <dd>{group.nextSessionAt ? when.format(group.nextSessionAt) : t("list.noNext")}</dd>
              </dl>
              <Link href={`/groups/${group.id}`} className="mt-3 inline-block font-medium text-brand-700 underline hover:text-brand-900">
                {t("list.open", { number: group.number })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
