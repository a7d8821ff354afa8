import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { explainFactor, explainUnmatched, type ExplainContext } from "@/lib/mentoring/core/explain";
import { getProposalView } from "@/lib/mentoring/queries";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { ProposalControls } from "./_components/proposal-controls";

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
  return (
    <>
      <Link href={`/admin/programmes/${id}`} className="text-sm text-teal-800 underline">{t("proposal.back")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("proposal.title")} · {view.programme.name[locale]}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("proposal.intro")}</p>
      {view.programme.kind !== "mentoring" ? (
        <p className="mt-6">{t("proposal.notMentoring")}</p>
      ) : (
        <>
          {figures && (
            <dl className="mt-6 grid gap-3 sm:grid-cols-3">
              {[
                [t("proposal.figures.matched"), t("proposal.figures.matchedValue", { matched: figures.matched, total, share: percent.format(total ? figures.matched / total : 0) })],
                [t("proposal.figures.meanScore"), percent.format(figures.meanScore)],
                [t("proposal.figures.mentorLoad"), t("proposal.figures.mentorLoadValue", { used: figures.mentorLoad.used, capacity: figures.mentorLoad.capacity })],
              ].map(([label, value]) => (
                <div key={label} className="rounded-lg border border-stone-200 bg-white p-4">
                  <dt className="text-sm text-stone-600">{label}</dt>
                  <dd className="mt-1 text-lg font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
          )}
          {view.run?.status === "published" && view.run.publishedAt && (
            <p className="mt-4 rounded-md bg-teal-50 p-3 text-teal-900">{t("proposal.published", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(view.run.publishedAt) })}</p>
          )}
          <ProposalControls
            programmeId={id}
            responseDays={view.programme.responseDays}
            run={view.run ? { id: view.run.id, proposed: view.run.status === "proposed" } : null}
            pairs={view.pairs.map((pair) => ({ ...pair, score: percent.format(pair.score), reasons: pair.factors.map((factor) => explainFactor(factor, context)) }))}
            unmatched={view.unmatched.map((u) => ({ name: u.name, reasons: u.reason.code === "broken" ? [t("unmatched.broken")] : explainUnmatched(u.reason, context) }))}
          />
        </>
      )}
    </>
  );
}
