import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { explainFactor, type ExplainContext } from "@/lib/mentoring/core/explain";
import { orderMatches } from "@/lib/mentoring/core/match-order";
import { now } from "@/lib/clock";
import { listMyMatches } from "@/lib/mentoring/respond";
import { declineReasons, DECLINE_TEXT_MAX } from "@/lib/mentoring/schemas";
import { RequestAnswer } from "./_components/request-answer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matches"))("title") };
}

const badge: Record<string, string> = {
  requested: "bg-amber-100 text-amber-900",
  accepted: "bg-teal-100 text-teal-900",
};

export default async function MatchesPage() {
  const ctx = await requirePageMember("matches.respond");
  const view = await listMyMatches(actorScopeOf(ctx));
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const [t, tMentoring] = await Promise.all([getTranslations("matches"), getTranslations("mentoring")]);
  const topicLabel = (slug: string) => view.topics.find((topic) => topic.slug === slug)?.label[locale] ?? slug;
  const context: ExplainContext = { t: tMentoring, locale, topicLabel };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const status = (value: string) => (
    <span className={`rounded px-2 py-0.5 text-sm ${badge[value] ?? "bg-stone-100 text-stone-800"}`}>{t(`status.${value}`)}</span>
  );
  // The pair's space exists from acceptance on, and stays readable after the end.
  const spaceLink = (match: { id: string; status: string }, otherName: string) =>
    (match.status === "accepted" || match.status === "ended") && (
      <Link href={`/matches/${match.id}`} className="mt-3 inline-block font-medium text-brand-700 underline hover:text-brand-900">
        {t("openSpace")}
        <span className="sr-only"> ({otherName})</span>
      </Link>
    );
  type MentorMatch = (typeof view.asMentor)[number];
  type MenteeMatch = (typeof view.asMentee)[number];
  const mentorCard = (match: MentorMatch) => {
    const why = match.factors.filter((factor) => factor.effect > 0).map((factor) => explainFactor(factor, context));
    return (
      <li key={match.id} className="rounded-lg border border-stone-200 bg-white p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="text-base font-semibold">{match.menteeName}</h3>
          {status(match.status)}
        </div>
        <p className="text-sm text-stone-600">{match.programmeName[locale]}</p>
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {match.department && (
            <>
              <dt className="font-medium text-stone-600">{t("asMentor.department")}</dt>
              <dd>{match.department}</dd>
            </>
          )}
          {match.topics.length > 0 && (
            <>
              <dt className="font-medium text-stone-600">{t("asMentor.topics")}</dt>
              <dd>{new Intl.ListFormat(locale).format(match.topics.map(topicLabel))}</dd>
            </>
          )}
          {match.goals && (
            <>
              <dt className="font-medium text-stone-600">{t("asMentor.goals")}</dt>
              <dd className="break-words">{match.goals}</dd>
            </>
          )}
          {match.open && match.deadline && (
            <>
              <dt className="font-medium text-stone-600">{t("asMentor.deadline")}</dt>
              <dd>{date.format(match.deadline)}</dd>
            </>
          )}
        </dl>
        {why.length > 0 && (
          <>
            <p className="mt-3 text-sm font-medium">{t("asMentor.why")}</p>
            <ul className="mt-1 list-disc pl-5 text-sm text-stone-700">
              {why.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {match.open && <RequestAnswer matchId={match.id} menteeName={match.menteeName} reasons={[...declineReasons]} maxText={DECLINE_TEXT_MAX} />}
        {match.status === "requested" && !match.open && <p className="mt-3 text-sm text-stone-600">{t("asMentor.pastDeadline")}</p>}
        {spaceLink(match, match.menteeName)}
      </li>
    );
  };
  const menteeCard = (match: MenteeMatch) => (
    <li key={match.id} className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <span className="text-sm text-stone-600">{t("asMentee.mentor")}</span> <strong>{match.mentorName}</strong>
        </p>
        {status(match.status)}
      </div>
      <p className="text-sm text-stone-600">{match.programmeName[locale]}</p>
      <p className="mt-2 text-sm text-stone-700">{t(`asMentee.explain.${match.status}`)}</p>
      {spaceLink(match, match.mentorName)}
    </li>
  );
  // Current requests and pairs first; what has ended waits, folded, below them.
  const at = now();
  const asMentor = orderMatches(view.asMentor, at);
  const asMentee = orderMatches(view.asMentee, at);
  const pastCount = asMentor.past.length + asMentee.past.length;
  const empty = view.asMentor.length === 0 && view.asMentee.length === 0;
  const noneCurrent = !empty && asMentor.current.length === 0 && asMentee.current.length === 0;
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      {empty && <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>}
      {noneCurrent && <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("noneCurrent")}</p>}
      {asMentor.current.length > 0 && (
        <section aria-labelledby="as-mentor" className="mt-8">
          <h2 id="as-mentor" className="text-lg font-semibold">{t("asMentor.title")}</h2>
          <ul className="mt-3 space-y-4">{asMentor.current.map(mentorCard)}</ul>
        </section>
      )}
      {asMentee.current.length > 0 && (
        <section aria-labelledby="as-mentee" className="mt-8">
          <h2 id="as-mentee" className="text-lg font-semibold">{t("asMentee.title")}</h2>
          <ul className="mt-3 space-y-3">{asMentee.current.map(menteeCard)}</ul>
        </section>
      )}
      {pastCount > 0 && (
        <details className="mt-10 rounded-lg border border-stone-200 bg-stone-50 p-4">
          <summary className="cursor-pointer text-lg font-semibold">{t("past.title", { count: pastCount })}</summary>
          <p className="mt-1 text-sm text-stone-700">{t("past.intro")}</p>
          {asMentor.past.length > 0 && (
            <>
              <h2 className="mt-4 text-base font-semibold">{t("asMentor.title")}</h2>
              <ul className="mt-2 space-y-4">{asMentor.past.map(mentorCard)}</ul>
            </>
          )}
          {asMentee.past.length > 0 && (
            <>
              <h2 className="mt-4 text-base font-semibold">{t("asMentee.title")}</h2>
              <ul className="mt-2 space-y-3">{asMentee.past.map(menteeCard)}</ul>
            </>
          )}
        </details>
      )}
    </>
  );
}
