import { getLocale, getTranslations } from "next-intl/server";
import type { MySession } from "@/lib/scheduling/queries";
import { formatViewerRange } from "@/lib/scheduling/time/viewer-time";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { SessionManage } from "./session-manage";

const statusStyle: Record<MySession["status"], string> = {
  scheduled: "bg-brand-50 text-brand-900",
  moved: "bg-amber-50 text-amber-900",
  cancelled: "bg-stone-100 text-stone-700",
  held: "bg-stone-100 text-stone-700",
};

/** Sessions as cards, every time on the viewer's own clock. */
export async function SessionList({ sessions, timeZone, organizationTimeZone, past = false }: { sessions: MySession[]; timeZone: string; organizationTimeZone: string; past?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("scheduling"), getLocale()]);
  const clock = { locale, timeZone, organizationTimeZone };
  return (
    <ul className="mt-3 space-y-3">
      {sessions.map((s) => {
        const cancelled = s.status === "cancelled";
        const local = toZoned(s.startsAt, s.timeZone);
        return (
          <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <h3 className={`font-semibold ${cancelled ? "text-stone-600 line-through" : ""}`}>{s.title}</h3>
                <p className={`mt-1 ${cancelled ? "text-stone-600 line-through" : "text-stone-900"}`}>
                  <time dateTime={s.startsAt.toISOString()}>
                    {formatViewerRange(s.startsAt, s.endsAt, clock)}
                  </time>
                </p>
              </div>
              <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${statusStyle[s.status]}`}>{t(`status.${s.status}`)}</span>
            </div>
            {/* "With …" is a sentence, not a term and its value: inside the <dl> it broke the list (axe: definition-list). */}
            {s.others.length > 0 && <p className="mt-2 text-sm text-stone-700">{t("with", { names: s.others.join(", ") })}</p>}
            {s.place && (
              <dl className="mt-1 text-sm text-stone-700">
                <div>
                  <dt className="inline">{t("place")}: </dt>
                  <dd className="inline">{s.place}</dd>
                </div>
              </dl>
            )}
            {s.videoUrl && !cancelled && !past && (
              <a href={s.videoUrl} rel="noopener noreferrer" target="_blank" className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                {t("video")}
              </a>
            )}
            {s.canManage && !cancelled && !past && <SessionManage sessionId={s.id} date={local.date} time={local.time} timeZone={s.timeZone} />}
          </li>
        );
      })}
    </ul>
  );
}
