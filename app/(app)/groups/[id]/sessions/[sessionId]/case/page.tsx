import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { getCaseView } from "@/lib/codevelopment/cases";
import { isLocale } from "@/lib/i18n/config";
import { CaseContent } from "../../_components/case-content";
import { loadOrNotFound } from "@/lib/auth/page";
import { uuidParams } from "@/lib/routing/segment";
import { SessionHeader } from "../../_components/session-header";
import { CaseForm } from "./_components/case-form";
import { CaseReview } from "./_components/case-review";

type Props = { params: Promise<{ id: string; sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevSessions"))("case.metaTitle") };
}

const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

/** The session's case: the presenter writes it, the facilitator reviews it, the group reads it once it is ready. */
export default async function CasePage({ params }: Props) {
  const ctx = await requirePageMember("sessions.view");
  const { id, sessionId } = await uuidParams(params);
  const view = await loadOrNotFound(() => getCaseView(actorScopeOf(ctx), { groupId: id, sessionId }));
  const [t, format, rawLocale] = await Promise.all([getTranslations("codevSessions.case"), getFormatter(), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const presenterName = view.presenter?.name ?? "";
  const ready = view.status === "ready";
  return (
    <div className="mx-auto max-w-3xl">
      <SessionHeader header={view.header} page="case" title={t("title")} locale={locale} />

      <p className="mt-4 text-stone-800">{view.isPresenter ? t("presenterYou") : view.presenter ? t("presenter", { name: presenterName }) : t("noPresenter")}</p>

      {view.status !== "none" && (
        <p className={`mt-3 rounded-md px-3 py-2 text-sm ${ready ? "bg-brand-50 text-brand-900" : "bg-amber-50 text-amber-900"}`}>
          {ready && view.readyAt ? t("readyNote", { date: format.dateTime(view.readyAt, { dateStyle: "long", timeZone: view.header.timeZone }) }) : t("draftNote")}
        </p>
      )}

      {view.comment && (view.isPresenter || view.canReview) && (
        <section aria-labelledby="case-comment-heading" className={`mt-4 ${card}`}>
          <h2 id="case-comment-heading" className="font-semibold">
            {t("commentHeading")}
          </h2>
          <p className="mt-1 break-words whitespace-pre-line">{view.comment}</p>
        </section>
      )}

      {view.canEdit ? (
        <section aria-labelledby="case-form-heading" className="mt-6">
          <h2 id="case-form-heading" className="text-lg font-semibold">
            {t("formHeading")}
          </h2>
          <p className="mt-1 max-w-2xl text-stone-700">{t("intro")}</p>
          <CaseForm groupId={view.header.groupId} sessionId={view.header.sessionId} initial={view.content} ready={ready} />
        </section>
      ) : view.content ? (
        <div className={`mt-6 ${card}`}>
          <CaseContent content={view.content} />
        </div>
      ) : (
        <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{view.presenter ? t("beingPrepared", { name: presenterName }) : t("noCaseYet")}</p>
      )}

      {view.canReview && view.presenter && !(view.isPresenter && (ready || view.status === "none")) && (
        <section aria-labelledby="case-review-heading" className={`mt-8 ${card}`}>
          <h2 id="case-review-heading" className="text-lg font-semibold">
            {t("review.title")}
          </h2>
          {view.status === "none" ? (
            <p className="mt-2 text-stone-700">{t("review.noCase", { name: presenterName })}</p>
          ) : (
            <div className="mt-3">
              <CaseReview groupId={view.header.groupId} sessionId={view.header.sessionId} presenterName={presenterName} comment={view.comment} ready={ready} commentable={!view.isPresenter} />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
