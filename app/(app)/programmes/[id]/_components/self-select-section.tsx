import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Topic } from "@/db/schema";
import type { AppLocale } from "@/lib/i18n/config";
import { explainFactor } from "@/lib/mentoring/core/explain";
import type { SelfSelectView } from "@/lib/mentoring/self-select";
import { RequestMentorButton } from "./request-mentor-button";

type Props = { programmeId: string; view: SelfSelectView; topics: Topic[]; locale: AppLocale; responseDays: number };

/** Self-select mode on the programme page: the mentee's three suggestions, or where their request stands. */
export async function SelfSelectSection({ programmeId, view, topics, locale, responseDays }: Props) {
  const [t, tMentoring, format] = await Promise.all([getTranslations("selfSelect"), getTranslations("mentoring"), getFormatter()]);
  const topicLabel = (slug: string) => topics.find((topic) => topic.slug === slug)?.label[locale] ?? slug;
  return (
    <section aria-labelledby="self-select" className="rounded-lg border border-teal-200 bg-white p-5">
      <h2 id="self-select" className="text-xl font-semibold">{t("title")}</h2>
      {view.state === "accepted" && (
        <p className="mt-2">
          {t("accepted", { name: view.mentorName })}{" "}
          <Link href={`/matches/${view.matchId}`} className="text-brand-700 underline">{t("openPair")}</Link>
        </p>
      )}
      {view.state === "requested" && (
        <p className="mt-2 text-stone-700">
          {view.deadline
            ? t("pending", { name: view.mentorName, deadline: format.dateTime(view.deadline, { dateStyle: "long", timeStyle: "short" }) })
            : t("pendingNoDeadline", { name: view.mentorName })}
        </p>
      )}
      {view.state === "choose" && (
        <>
          <p className="mt-2 text-stone-700">{t("intro", { days: responseDays })}</p>
          {view.suggestions.length === 0 ? (
            <p className="mt-4 rounded-lg border border-dashed border-stone-300 p-4 text-stone-700">{t("empty")}</p>
          ) : (
            <ol className="mt-4 space-y-4">
              {view.suggestions.map((suggestion) => {
                const why = suggestion.factors.filter((factor) => factor.effect > 0).map((factor) => explainFactor(factor, { t: tMentoring, locale, topicLabel }));
                return (
                  <li key={suggestion.mentorEnrolmentId} className="rounded-lg border border-stone-200 p-4">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="text-base font-semibold">{suggestion.name}</h3>
                      <span className="rounded bg-teal-50 px-2 py-0.5 text-sm text-teal-900">{t("match", { score: Math.round(suggestion.score * 100) })}</span>
                    </div>
                    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                      {suggestion.department && (
                        <>
                          <dt className="font-medium text-stone-600">{t("department")}</dt>
                          <dd>{suggestion.department}</dd>
                        </>
                      )}
                      {suggestion.topics.length > 0 && (
                        <>
                          <dt className="font-medium text-stone-600">{t("topics")}</dt>
                          <dd>{new Intl.ListFormat(locale).format(suggestion.topics.map(topicLabel))}</dd>
                        </>
                      )}
                    </dl>
                    {why.length > 0 && (
                      <>
                        <p className="mt-3 text-sm font-medium">{t("why")}</p>
                        <ul className="mt-1 list-disc pl-5 text-sm text-stone-700">
                          {why.map((line) => (
                            <li key={line}>{line}</li>
                          ))}
                        </ul>
                      </>
                    )}
                    <RequestMentorButton programmeId={programmeId} mentorEnrolmentId={suggestion.mentorEnrolmentId} mentorName={suggestion.name} />
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
