import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { getFeedbackView } from "@/lib/codevelopment/feedback";
import { isLocale } from "@/lib/i18n/config";
import { loadOrNotFound } from "@/lib/auth/page";
import { uuidParams } from "@/lib/routing/segment";
import { SessionHeader } from "../../_components/session-header";
import { FeedbackForm } from "./_components/feedback-form";

type Props = { params: Promise<{ id: string; sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevSessions"))("feedback.metaTitle") };
}

const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

/**
 * After the session: each participant's score and comment. The group's facilitator reads the answers; in a
 * rotating group the members read them without names (the scores only in a group of five or more).
 */
export default async function FeedbackPage({ params }: Props) {
  const ctx = await requirePageMember("sessions.view");
  const { id, sessionId } = await uuidParams(params);
  const view = await loadOrNotFound(() => getFeedbackView(actorScopeOf(ctx), { groupId: id, sessionId }));
  const [t, rawLocale] = await Promise.all([getTranslations("codevSessions.feedback"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  return (
    <div className="mx-auto max-w-3xl">
      <SessionHeader header={view.header} page="feedback" title={t("title")} locale={locale} />

      <section aria-labelledby="feedback-mine-heading" className={`mt-6 ${card}`}>
        <h2 id="feedback-mine-heading" className="text-lg font-semibold">
          {t("mineHeading")}
        </h2>
        {view.mine ? (
          <>
            <p className="mt-2">{t("given", { score: view.mine.score })}</p>
            {view.mine.comment && <p className="mt-1 break-words whitespace-pre-line text-stone-800">{view.mine.comment}</p>}
          </>
        ) : view.closedReason ? (
          <p className="mt-2 text-stone-700">{t(`closed.${view.closedReason}`)}</p>
        ) : (
          <>
            <p className="mt-1 max-w-2xl text-stone-700">{t(view.audience === "facilitator" ? "intro" : view.audience === "groupWithScores" ? "introGroupWithScores" : "introGroupComments")}</p>
            <FeedbackForm groupId={view.header.groupId} sessionId={view.header.sessionId} />
          </>
        )}
      </section>

      {view.answers && (
        <section aria-labelledby="feedback-answers-heading" className={`mt-6 ${card}`}>
          <h2 id="feedback-answers-heading" className="text-lg font-semibold">
            {t("answers.heading")}
          </h2>
          <p className="mt-1 text-stone-700">{t("answers.intro")}</p>
          {view.answers.list.length === 0 ? (
            <p className="mt-3 text-stone-700">{t("answers.none")}</p>
          ) : (
            <>
              <p className="mt-3 font-medium">{t("answers.average", { average: view.answers.average ?? 0, count: view.answers.memberCount })}</p>
              <ul className="mt-3 space-y-2">
                {view.answers.list.map((answer, index) => (
                  <li key={index} className="rounded-md border border-stone-200 px-3 py-2">
                    <p className="font-medium">
                      {answer.name ?? t("answers.formerMember")}: {t("answers.score", { score: answer.score })}
                    </p>
                    {answer.comment && <p className="mt-1 break-words whitespace-pre-line text-stone-800">{answer.comment}</p>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {view.group && (
        <section aria-labelledby="feedback-group-heading" className={`mt-6 ${card}`}>
          <h2 id="feedback-group-heading" className="text-lg font-semibold">
            {t("group.heading")}
          </h2>
          <p className="mt-1 text-stone-700">{t(view.group.spread ? "group.intro" : view.audience === "groupWithScores" ? "group.introFewAnswers" : "group.introComments")}</p>
          {view.group.answers === 0 ? (
            <p className="mt-3 text-stone-700">{t("answers.none")}</p>
          ) : (
            <>
              {view.group.average !== null && <p className="mt-3 font-medium">{t("answers.average", { average: view.group.average, count: view.group.answers })}</p>}
              {view.group.spread && (
                <ul aria-label={t("group.spreadLabel")} className="mt-2 flex flex-wrap gap-2 text-sm">
                  {view.group.spread.map((n, i) => (
                    <li key={i} className="rounded-full bg-stone-100 px-3 py-1 text-stone-800">
                      {t("group.spreadItem", { score: i + 1, count: n })}
                    </li>
                  ))}
                </ul>
              )}
              {view.group.spread === null && <p className="mt-3 font-medium">{t("group.answerCount", { count: view.group.answers })}</p>}
              {view.group.comments.length > 0 && (
                <ul className="mt-3 space-y-2">
                  {view.group.comments.map((comment, index) => (
                    <li key={index} className="rounded-md border border-stone-200 px-3 py-2 break-words whitespace-pre-line text-stone-800">
                      {comment}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
