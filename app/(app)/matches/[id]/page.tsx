import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember, type MemberContext } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { CHECK_IN_TEXT_MAX } from "@/lib/mentoring/schemas";
import { getPairView, type PairView } from "@/lib/mentoring/pair/queries";
import { getPairConversations } from "@/lib/conversations/pair-conversations";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { ClosingReflectionForm } from "./_components/closing-reflection-form";
import { FirstMeetingPanel } from "./_components/first-meeting-panel";
import { FitCheckForm } from "./_components/fit-check-form";
import { RematchForm } from "./_components/rematch-form";
import { GoalList } from "./_components/goal-list";
import { MatchEndForm } from "./_components/match-end-form";
import { NoteList } from "./_components/note-list";
import { PairConversations } from "./_components/pair-conversations";
import { PairPeople } from "./_components/pair-people";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ conversation?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pair"))("metaTitle") };
}

/** Only the two people of the pair get the page; for anyone else it does not exist (the lib decides). */
function loadView(ctx: MemberContext, matchId: string): Promise<PairView> {
  return loadOrNotFound(() => getPairView(actorScopeOf(ctx), matchId));
}

const card = "rounded-lg border border-stone-200 bg-white p-4";

export default async function PairPage({ params, searchParams }: Props) {
  const ctx = await requirePageMember("matches.respond");
  const view = await loadView(ctx, uuidSegmentOrNotFound((await params).id));
  const conversations = await getPairConversations(actorScopeOf(ctx), view.matchId);
  const discarded = (await searchParams).conversation === "discarded";
  const [t, format, rawLocale] = await Promise.all([getTranslations("pair"), getFormatter(), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const ongoing = view.status === "accepted";
  const showFitCheck = view.fitCheck.mine !== null || view.fitCheck.open;
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/matches" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="min-w-0 break-words text-2xl font-semibold">{t("title", { name: view.other.name })}</h1>
        <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${ongoing ? "bg-brand-50 text-brand-900" : "bg-stone-100 text-stone-800"}`}>{t(`status.${view.status}`)}</span>
      </div>
      <p className="mt-1 text-stone-700">{view.programmeName[locale]}</p>
      {!ongoing && view.endedAt && (
        <p className="mt-4 rounded-lg border border-stone-200 bg-stone-50 p-4 text-stone-800">
          {t("endedNotice", { date: format.dateTime(view.endedAt, { dateStyle: "long", timeZone: view.timeZone }) })}
        </p>
      )}

      <PairPeople people={[view.me, view.other]} myId={view.me.membershipId} />
      <FirstMeetingPanel view={view} />
      <PairConversations matchId={view.matchId} view={conversations} ongoing={ongoing} meId={view.me.membershipId} discarded={discarded} />

      {showFitCheck && (
        <section aria-labelledby="pair-fit" className="mt-8">
          <h2 id="pair-fit" className="text-lg font-semibold">
            {t("fit.title")}
          </h2>
          {view.fitCheck.mine ? (
            <div className={`mt-3 ${card}`}>
              <p>{view.fitCheck.mine.goodFit ? t("fit.answeredYes") : ongoing ? t("fit.answeredNewMatch") : t("fit.answeredNewMatchEnded")}</p>
              {!view.fitCheck.mine.goodFit && ongoing && <RematchForm matchId={view.matchId} otherName={view.other.name} asMentee={view.me.role === "mentee"} />}
            </div>
          ) : (
            <div className={`mt-3 ${card}`}>
              <p className="text-stone-700">{t("fit.intro", { name: view.other.name })}</p>
              <FitCheckForm matchId={view.matchId} maxText={CHECK_IN_TEXT_MAX} />
            </div>
          )}
        </section>
      )}

      <GoalList matchId={view.matchId} goals={view.goals} editable={ongoing} />
      <NoteList matchId={view.matchId} notes={view.notes} editable={ongoing} timeZone={view.timeZone} />

      {(!ongoing || view.closing.mine || view.closing.other) && (
        <section aria-labelledby="pair-closing" className="mt-8">
          <h2 id="pair-closing" className="text-lg font-semibold">
            {t("closing.title")}
          </h2>
          <p className="mt-1 max-w-2xl text-stone-700">{t("closing.intro")}</p>
          <div className="mt-3 space-y-3">
            <div className={card}>
              <h3 className="font-medium">{t("closing.other", { name: view.other.name })}</h3>
              <p className="mt-1 break-words whitespace-pre-line text-stone-800">{view.closing.other ?? t("closing.otherPending", { name: view.other.name })}</p>
            </div>
            <div className={card}>
              <h3 className="font-medium">{t("closing.mine")}</h3>
              {view.closing.mine ? (
                <p className="mt-1 break-words whitespace-pre-line text-stone-800">{view.closing.mine}</p>
              ) : (
                <ClosingReflectionForm matchId={view.matchId} maxText={CHECK_IN_TEXT_MAX} />
              )}
            </div>
          </div>
        </section>
      )}

      {ongoing && (
        <section aria-labelledby="pair-end" className="mt-10">
          <h2 id="pair-end" className="mb-3 text-lg font-semibold">
            {t("end.title")}
          </h2>
          <MatchEndForm matchId={view.matchId} maxText={CHECK_IN_TEXT_MAX} />
        </section>
      )}
    </div>
  );
}
