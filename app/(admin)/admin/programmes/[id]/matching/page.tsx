import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { explainFactor, explainUnmatched, type ExplainContext } from "@/lib/mentoring/core/explain";
import { getProposalView } from "@/lib/mentoring/queries";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { ClientMessages } from "@/app/_components/client-messages";
import { ProposalScreen } from "@/app/_components/ui/proposal-list";
import { ProposalReview } from "@/app/_components/ui/proposal-review";
import { SignupOpenNotice } from "../../_components/signup-open-notice";
import { publishRunAction, runMatchingAction } from "./actions";
import { PairsReview } from "./_components/pairs-review";

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
  const unmatched = view.unmatched.map((u) => ({
    enrolmentId: u.enrolmentId,
    name: u.name,
    reasons: u.reason.code === "broken" ? [t("unmatched.broken")] : explainUnmatched(u.reason, context),
    candidates: u.candidates,
  }));
  // Sign-up still open: said above the controls and with the publish question, with "close sign-up" there.
  const { signupClosesAt } = view.programme;
  const openText =
    view.programme.status === "open"
      ? signupClosesAt
        ? t("proposal.signupOpenUntil", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(signupClosesAt) })
        : t("proposal.signupOpen")
      : null;
  const openNotice = <SignupOpenNotice programmeId={id} text={openText} />;
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
        // The lists' wording, for this page only (the programmes layout provides the other pages').
        <ClientMessages namespaces={["mentoring.proposal", "programmesAdmin.actions", "programmesAdmin.errors", "codevAdmin.errors"]} actionErrors>
          <ProposalReview
            programmeId={id}
            errorArea="mentoring"
            notice={openNotice}
            // After publishing, a new round places the mentees still without a mentor (late sign-ups, no mentor left).
            run={{ action: runMatchingAction, label: run === null ? t("proposal.run") : editable ? t("proposal.rerun") : t("proposal.newRound"), runningLabel: t("proposal.running"), success: saved }}
            publish={
              editable && run && pairs.length > 0
                ? {
                    action: publishRunAction,
                    fields: { runId: run.id },
                    label: t("proposal.publish"),
                    confirmText: t("proposal.publishConfirm", { count: pairs.length, days: view.programme.responseDays }),
                    confirmNotice: openNotice,
                    yesLabel: t("proposal.publishYes"),
                    cancelLabel: t("proposal.cancel"),
                    success: t("proposal.publishedOk"),
                  }
                : null
            }
          >
            <PairsReview hasRun={run !== null} editable={editable} pairs={pairs} unmatched={unmatched} settingsHref={`/admin/programmes/${id}#edit-heading`} />
          </ProposalReview>
        </ClientMessages>
      )}
    </ProposalScreen>
  );
}
