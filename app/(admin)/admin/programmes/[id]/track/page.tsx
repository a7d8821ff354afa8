import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { loadOrNotFound } from "@/lib/auth/page";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { getTrackForAdmin, type AdminTrackStep, type AdminTrackView } from "@/lib/tracks/admin";
import { dueOf } from "@/lib/tracks/core/progress";
import { formatTrackDay } from "@/lib/tracks/core/wording";
import { TrackStartForm } from "./_components/track-start-form";
import { TrackStepForm } from "./_components/track-step-form";
import { TrackStepList, type StepItem } from "./_components/track-step-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracks.admin"))("title") };
}

const doneMessages = ["created", "added", "updated", "removed"] as const;

/** What the list says about a step, in the page's language. */
async function describeStep(view: AdminTrackView, step: AdminTrackStep, number: number, locale: "nl" | "en"): Promise<StepItem> {
  const t = await getTranslations("tracks");
  const details: string[] = [];
  const due = view.track ? dueOf(view.track.startsOn, step.dueWeek, view.timeZone) : null;
  details.push(due && step.dueWeek ? t("admin.dueWeek", { week: step.dueWeek, date: formatTrackDay(due.dueOn, locale) }) : t("admin.noDueWeek"));
  if (step.kind === "conversation") details.push(step.guideName ? t("admin.guide", { name: step.guideName[locale] }) : t("admin.guideGone"));
  if (step.kind === "reading" && step.url) details.push(step.url);
  if (step.kind === "session") details.push(view.programme.kind === "codevelopment" ? t("admin.sessionAutomatic") : t("admin.sessionMarked"));
  if (step.kind === "reflection") details.push(t("admin.reflectionNote"));
  return {
    id: step.id,
    number,
    title: step.title[locale],
    line: t("admin.stepLine", { number, kind: t(`kinds.${step.kind}`) }),
    details,
    editHref: `/admin/programmes/${view.programme.id}/track/steps/${step.id}`,
  };
}

/** A programme's learning track: its start, its steps in order (moved, edited, removed here) and a form to add one. */
export default async function AdminTrackPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  // Not a uuid: the same answer as an id of another organisation.
  const id = uuidSegmentOrNotFound((await params).id);
  const [view, t, rawLocale, { done }] = await Promise.all([loadOrNotFound(() => getTrackForAdmin(actorScopeOf(ctx), id)), getTranslations("tracks.admin"), getLocale(), searchParams]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const doneKey = doneMessages.find((d) => d === done);
  const items = await Promise.all(view.steps.map((step, i) => describeStep(view, step, i + 1, locale)));
  return (
    <>
      <Link href={`/admin/programmes/${id}`} className="text-sm text-brand-700 underline">{t("backToProgramme")}</Link>
      <h1 className="mt-2 break-words text-2xl font-semibold">{t("heading", { programme: view.programme.name[locale] })}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-stone-700">{t("whoWalks")}</p>
      <p role="status" className="mt-3 empty:hidden">
        {doneKey && <span className="block rounded-md bg-brand-50 px-3 py-2 text-brand-900">{t(`done.${doneKey}`)}</span>}
      </p>
      {!view.editable && <p className="mt-3 max-w-3xl rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-stone-700">{t("archived")}</p>}
      <section aria-labelledby="start-heading" className="mt-8 max-w-3xl">
        <h2 id="start-heading" className="text-xl font-semibold">{t("startTitle")}</h2>
        <p className="mt-1 text-stone-700">{t("startIntro")}</p>
        {view.track && <p className="mt-2 font-medium">{t("startCurrent", { date: formatTrackDay(view.track.startsOn, locale), zone: view.timeZone })}</p>}
        {view.editable && <TrackStartForm programmeId={id} startsOn={view.track?.startsOn ?? view.suggestedStart} exists={Boolean(view.track)} />}
      </section>
      {view.track && (
        <>
          <section aria-labelledby="steps-heading" className="mt-10 max-w-3xl">
            <h2 id="steps-heading" className="text-xl font-semibold">{t("stepsTitle")}</h2>
            <p className="mt-1 text-stone-700">{t("stepsIntro")}</p>
            {items.length === 0 ? (
              <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("stepsEmpty")}</p>
            ) : (
              <TrackStepList programmeId={id} steps={items} editable={view.editable} />
            )}
          </section>
          {view.editable && (
            <section aria-labelledby="add-heading" className="mt-10">
              <h2 id="add-heading" className="text-xl font-semibold">{t("addTitle")}</h2>
              <TrackStepForm programmeId={id} guides={view.guides} />
            </section>
          )}
        </>
      )}
    </>
  );
}
