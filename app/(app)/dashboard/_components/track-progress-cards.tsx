import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { formatTrackDay } from "@/lib/tracks/core/wording";
import type { TrackSummary } from "@/lib/tracks/participant";
import { ButtonLink } from "@/app/_components/ui/button";
import { CompletenessBar } from "@/app/(app)/profile/_components/completeness-bar";

/** For the dashboard: each learning track the member walks, with their progress and the next step; nothing without one. */
export async function TrackProgressCards({ tracks }: { tracks: TrackSummary[] }) {
  if (tracks.length === 0) return null;
  const [t, rawLocale] = await Promise.all([getTranslations("tracks.dashboard"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  return (
    <section aria-labelledby="tracks-heading" className="mt-8">
      <h2 id="tracks-heading" className="text-lg font-semibold">{t("title", { count: tracks.length })}</h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {tracks.map((track) => {
          const percent = track.total ? Math.round((track.done / track.total) * 100) : 0;
          const name = track.programmeName[locale];
          return (
            <li key={track.programmeId} className="flex min-w-0 flex-col rounded-lg border border-brand-100 bg-brand-50 p-5">
              <h3 className="break-words font-semibold text-brand-900">{name}</h3>
              <p className="mt-1 text-sm text-stone-800">{t("progress", { done: track.done, total: track.total })}</p>
              <div className="mt-2">
                <CompletenessBar percent={percent} label={t("progressLabel", { programme: name })} />
              </div>
              <p className="mt-3 flex-1 break-words text-sm text-stone-800">
                {track.complete || !track.next ? (
                  t("complete")
                ) : (
                  <>
                    <span className="font-medium">{t("next", { title: track.next.title[locale] })}</span>
                    {track.next.dueOn && (
                      <span className={track.next.status === "overdue" ? "block text-amber-900" : "block"}>
                        {track.next.status === "overdue" ? t("nextOverdue", { date: formatTrackDay(track.next.dueOn, locale) }) : t("nextDue", { date: formatTrackDay(track.next.dueOn, locale) })}
                      </span>
                    )}
                  </>
                )}
              </p>
              <ButtonLink href={`/programmes/${track.programmeId}/track`} size="sm" className="mt-4 self-start">
                {t("open")}
                <span className="sr-only"> · {name}</span>
              </ButtonLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
