import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { explainFactor, explainUnmatched, type ExplainContext } from "@/lib/mentoring/core/explain";
import { getProposalView } from "@/lib/mentoring/queries";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { ProposalItem, ProposalList, ProposalScreen, ReasonList } from "@/app/_components/ui/proposal-list";
import { ProposalButton, ProposalReview } from "@/app/_components/ui/proposal-review";
import { breakMatchAction, pinMatchAction, publishRunAction, runMatchingAction } from "./actions";
import { MentorSwapButton, MentorSwapPick, MentorSwapPicks } from "./_components/mentor-swap-picks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mentoring.proposal"))("title") };
}

export default async function MatchingProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  // A malformed id, another organisation's programme or one that does not exist: the same 404.
  const id = uuidSegmentOrNotFound((await params).id);
  const view = await loadOrNotFound(() => getProposalView(actorScopeOf(ctx), id));
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const t = await getTranslations("mentoring");
  const context: ExplainContext = { t, locale, topicLabel: (slug) => view.topics.find((topic) => topic.slug === slug)?.label[locale] ?? slug };
  const percent = new Intl.NumberFormat(locale, { style: "percent" });
  const figures = view.run?.figures;
  const total = figures ? figures.matched + figures.unmatched : 0;
  const { run } = view;
  const editable = run?.status === "proposed";
  const saved = t("proposal.saved");
  const mentoring = view.programme.kind === "mentoring";
  const pairs = view.pairs.map((pair) => ({ ...pair, score: percent.format(pair.score), reasons: pair.factors.map((factor) => explainFactor(factor, context)) }));
  const unmatched = view.unmatched.map((u) => ({ name: u.name, reasons: u.reason.code === "broken" ? [t("unmatched.broken")] : explainUnmatched(u.reason, context) }));
  return (
    <ProposalScreen
      backHref={`/admin/programmes/${id}`}
      backLabel={t("proposal.back")}
      title={`${t("proposal.title")} · ${view.programme.name[locale]}`}
      intro={t("proposal.intro")}
      figures={
        mentoring && figures
          ? [
              [t("proposal.figures.matched"), t("proposal.figures.matchedValue", { matched: figures.matched, total, share: percent.format(total ? figures.matched / total : 0) })],
              [t("proposal.figures.meanScore"), percent.format(figures.meanScore)],
              [t("proposal.figures.mentorLoad"), t("proposal.figures.mentorLoadValue", { used: figures.mentorLoad.used, capacity: figures.mentorLoad.capacity })],
            ]
          : undefined
      }
      publishedText={mentoring && run?.status === "published" && run.publishedAt ? t("proposal.published", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(run.publishedAt) }) : undefined}
    >
      {!mentoring ? (
        <p className="mt-6">{t("proposal.notMentoring")}</p>
      ) : (
        <ProposalReview
          programmeId={id}
          errorArea="mentoring"
          // After publishing, a new round places the mentees still without a mentor (late sign-ups, no mentor left).
          run={{ action: runMatchingAction, label: run === null ? t("proposal.run") : editable ? t("proposal.rerun") : t("proposal.newRound"), runningLabel: t("proposal.running"), success: saved }}
          publish={
            editable && run && pairs.length > 0
              ? {
                  action: publishRunAction,
                  fields: { runId: run.id },
                  label: t("proposal.publish"),
                  confirmText: t("proposal.publishConfirm", { count: pairs.length, days: view.programme.responseDays }),
                  yesLabel: t("proposal.publishYes"),
                  cancelLabel: t("proposal.cancel"),
                  success: t("proposal.publishedOk"),
                }
              : null
          }
        >
          {run === null && <p className="text-stone-700">{t("proposal.none")}</p>}
          {pairs.length > 0 && (
            <MentorSwapPicks>
              <ProposalList
                id="pairs-heading"
                title={t("proposal.pairs")}
                hint={editable ? t("proposal.swapHint") : undefined}
                footer={editable && <MentorSwapButton label={t("proposal.swap")} success={saved} />}
              >
                {pairs.map((pair) => (
                  <ProposalItem key={pair.id}>
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <p>
                        <span className="text-sm text-stone-600">{t("proposal.mentor")}</span> <strong>{pair.mentor}</strong> ·{" "}
                        <span className="text-sm text-stone-600">{t("proposal.mentee")}</span> <strong>{pair.mentee}</strong>
                      </p>
                      <p className="text-sm font-medium">
                        {t("proposal.score", { score: pair.score })}
                        {pair.pinned && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("proposal.pinned")}</span>}
                      </p>
                    </div>
                    <ReasonList reasons={pair.reasons} />
                    {editable && (
                      <div className="mt-3 flex flex-wrap items-center gap-2">
                        <ProposalButton action={pinMatchAction} fields={{ matchId: pair.id, pinned: String(!pair.pinned) }} success={saved}>
                          {pair.pinned ? t("proposal.unpin") : t("proposal.pin")}
                        </ProposalButton>
                        <ProposalButton action={breakMatchAction} fields={{ matchId: pair.id }} success={saved}>
                          {t("proposal.break")}
                        </ProposalButton>
                        <MentorSwapPick matchId={pair.id} label={t("proposal.swapPick")} />
                      </div>
                    )}
                  </ProposalItem>
                ))}
              </ProposalList>
            </MentorSwapPicks>
          )}
          {run && (
            <ProposalList id="unmatched-heading" title={t("proposal.unmatchedTitle")} emptyText={unmatched.length === 0 ? t("proposal.unmatchedNone") : undefined}>
              {unmatched.map((u) => (
                <ProposalItem key={u.name} compact>
                  <strong>{u.name}</strong>
                  <ReasonList reasons={u.reasons} className="mt-1" />
                </ProposalItem>
              ))}
            </ProposalList>
          )}
        </ProposalReview>
      )}
    </ProposalScreen>
  );
}
