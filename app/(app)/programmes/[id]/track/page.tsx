import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { loadOrNotFound } from "@/lib/auth/page";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import type { StepStatus } from "@/lib/tracks/core/progress";
import { formatTrackDay } from "@/lib/tracks/core/wording";
import { getMyTrack, type MyTrackStep } from "@/lib/tracks/participant";
import { CompletenessBar } from "@/app/(app)/profile/_components/completeness-bar";
import { ReflectionForm } from "./_components/reflection-form";
import { StepDoneForm } from "./_components/step-done-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracks.participant"))("title") };
}

const badgeClass: Record<StepStatus, string> = {
  done: "bg-brand-100 text-brand-900",
  overdue: "bg-amber-100 text-amber-900",
  due: "bg-stone-100 text-stone-800",
  open: "bg-stone-100 text-stone-800",
};

/** A participant's own learning track: every step in order with its status, what completes it, and their reflections. */
export default async function MyTrackPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.view");
  // Not a uuid: the same answer as a programme the member does not walk, or another organisation's.
  const id = uuidSegmentOrNotFound((await params).id);
  const [view, t, tk, format, rawLocale] = await Promise.all([
    loadOrNotFound(() => getMyTrack(actorScopeOf(ctx), id)),
    getTranslations("tracks.participant"),
    getTranslations("tracks.kinds"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const { progress } = view;
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  const next = view.steps.find((s) => s.id === progress.nextStepId);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });

  const body = (step: MyTrackStep) => {
    const title = step.title[locale];
    const done = step.progress.status === "done";
    switch (step.kind) {
      case "reading":
        return (
          <>
            {step.url && (
              <p className="mt-2">
                <a href={step.url} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline">
                  {t("openReading")}
                  <span className="sr-only"> {title} {t("newTab")}</span>
                </a>
              </p>
            )}
            {view.writable && <StepDoneForm programmeId={id} stepId={step.id} done={done} markLabel={t("markRead")} stepTitle={title} />}
          </>
        );
      case "conversation":
        return (
          <>
            <p className="mt-2 text-stone-700">{step.guideName ? t("guide", { name: step.guideName[locale] }) : t("guideGone")}</p>
            {!done && <p className="mt-1 text-sm text-stone-700">{t("conversationNote")}</p>}
            {done && !step.progress.marked && step.progress.doneAt && <p className="mt-1 text-sm text-stone-700">{t("conversationHeld", { date: day(step.progress.doneAt) })}</p>}
            {view.writable && (!done || step.progress.marked) && <StepDoneForm programmeId={id} stepId={step.id} done={done} markLabel={t("markHeld")} stepTitle={title} />}
          </>
        );
      case "session":
        if (step.progress.completion === "automatic") {
          return <p className="mt-2 text-stone-700">{done && step.progress.doneAt ? t("sessionAttended", { date: day(step.progress.doneAt) }) : t("sessionAutomatic")}</p>;
        }
        return (
          <>
            {!done && <p className="mt-2 text-stone-700">{t("sessionMarked")}</p>}
            {view.writable && <StepDoneForm programmeId={id} stepId={step.id} done={done} markLabel={t("markMet")} stepTitle={title} />}
          </>
        );
      case "reflection":
        return view.writable ? (
          <ReflectionForm programmeId={id} stepId={step.id} body={step.reflection} />
        ) : (
          step.reflection && <p className="mt-2 whitespace-pre-line break-words">{step.reflection}</p>
        );
    }
  };

  return (
    <>
      <Link href={`/programmes/${id}`} className="text-sm text-brand-700 underline">{t("back")}</Link>
      <p className="mt-3 break-words text-xs font-medium uppercase tracking-wide text-brand-700">{view.programme.name[locale]}</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{progress.started ? t("startedOn", { date: formatTrackDay(view.startsOn, locale) }) : t("startsOn", { date: formatTrackDay(view.startsOn, locale) })}</p>
      {!view.writable && <p className="mt-3 max-w-3xl rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-stone-700">{t("archived")}</p>}
      {view.steps.length === 0 ? (
        <p className="mt-6 max-w-3xl rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      ) : (
        <>
          <section aria-labelledby="progress-heading" className="mt-6 max-w-3xl rounded-lg border border-brand-100 bg-brand-50 p-5">
            <h2 id="progress-heading" className="font-semibold text-brand-900">{t("progress", { done: progress.done, total: progress.total })}</h2>
            <div className="mt-3">
              <CompletenessBar percent={percent} label={t("progressLabel")} />
            </div>
            <p className="mt-3 break-words text-stone-800">
              {progress.complete ? t("complete") : next && <a href={`#step-${next.id}`} className="font-medium text-brand-800 underline">{t("next", { title: next.title[locale] })}</a>}
            </p>
          </section>
          <ol className="mt-6 max-w-3xl space-y-4">
            {view.steps.map((step) => (
              <li key={step.id} id={`step-${step.id}`} className="scroll-mt-4">
                <article aria-labelledby={`step-${step.id}-title`} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="text-sm font-medium text-brand-700">{t("stepLine", { number: step.number, kind: tk(step.kind) })}</p>
                    <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${badgeClass[step.progress.status]}`}>{t(`status.${step.progress.status}`)}</span>
                  </div>
                  <h2 id={`step-${step.id}-title`} className="mt-1 break-words text-lg font-semibold">{step.title[locale]}</h2>
                  {step.dueWeek && step.progress.dueOn && <p className="text-sm text-stone-700">{t("dueWeek", { week: step.dueWeek, date: formatTrackDay(step.progress.dueOn, locale) })}</p>}
                  {step.progress.status === "done" && step.progress.doneAt && step.kind !== "session" && <p className="text-sm text-stone-700">{t("doneOn", { date: day(step.progress.doneAt) })}</p>}
                  {body(step)}
                </article>
              </li>
            ))}
          </ol>
        </>
      )}
      {view.keptReflections.length > 0 && (
        <section aria-labelledby="kept-heading" className="mt-10 max-w-3xl">
          <h2 id="kept-heading" className="text-xl font-semibold">{t("keptTitle")}</h2>
          <p className="mt-1 text-stone-700">{t("keptIntro")}</p>
          <ul className="mt-3 space-y-3">
            {view.keptReflections.map((r) => (
              <li key={r.stepId} className="rounded-lg border border-stone-200 bg-white p-4">
                <h3 className="break-words font-semibold">{r.title[locale]}</h3>
                <p className="mt-1 whitespace-pre-line break-words">{r.body}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
