import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionHeader as Header } from "@/lib/codevelopment/session-access";
import type { AppLocale } from "@/lib/i18n/config";
import { formatViewerRange } from "@/lib/scheduling/time/viewer-time";

export type SessionPage = "case" | "run" | "feedback";

const statusStyle: Record<Header["status"], string> = {
  scheduled: "bg-brand-50 text-brand-900",
  moved: "bg-amber-50 text-amber-900",
  cancelled: "bg-stone-100 text-stone-700",
  held: "bg-stone-100 text-stone-700",
};

/**
 * The top of every session page: back to the group, the page's heading, when and where, and the three pages.
 * `live`: the runner has started and not finished, which the badge says instead of "planned".
 */
export async function SessionHeader({ header, page, title, locale, live = false }: { header: Header; page: SessionPage; title: string; locale: AppLocale; live?: boolean }) {
  const t = await getTranslations("codevSessions");
  const base = `/groups/${header.groupId}/sessions/${header.sessionId}`;
  // The times rule (README): the viewer's clock, the zone named when it is not the organisation's.
  const when = formatViewerRange(header.startsAt, header.endsAt, { locale, timeZone: header.timeZone, organizationTimeZone: header.organizationTimeZone });
  return (
    <header>
      <Link href={`/groups/${header.groupId}`} className="text-sm text-brand-700 underline">
        {t("backToGroup")}
      </Link>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="min-w-0 break-words text-2xl font-semibold">{title}</h1>
        {live && header.status !== "held" && header.status !== "cancelled" ? (
          <span className="rounded-full bg-teal-700 px-2.5 py-0.5 text-sm font-medium text-white">{t("status.live")}</span>
        ) : (
          <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${statusStyle[header.status]}`}>{t(`status.${header.status}`)}</span>
        )}
      </div>
      <p className="mt-1 text-stone-700">
        {t("groupName", { number: header.groupNumber })} · {header.programmeName[locale]}
      </p>
      <p className="mt-1 text-stone-900">
        <time dateTime={header.startsAt.toISOString()}>{when}</time>
        {header.place && <span className="text-stone-700"> · {header.place}</span>}
      </p>
      <nav aria-label={t("nav.label")} className="mt-4 border-b border-stone-200">
        <ul className="flex flex-wrap gap-x-5">
          {(["case", "run", "feedback"] as const).map((p) => (
            <li key={p}>
              <Link
                href={`${base}/${p}`}
                aria-current={p === page ? "page" : undefined}
                className={`inline-block border-b-2 py-2 ${p === page ? "border-brand-700 font-medium text-brand-900" : "border-transparent text-stone-700 hover:border-brand-500 hover:text-brand-700"}`}
              >
                {t(`nav.${p}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
