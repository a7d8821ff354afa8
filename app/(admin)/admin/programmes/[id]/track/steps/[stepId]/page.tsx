import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { loadOrNotFound } from "@/lib/auth/page";
import { requirePageMember } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { uuidParams } from "@/lib/routing/segment";
import { getTrackStepForAdmin } from "@/lib/tracks/admin";
import { TrackStepForm } from "../../_components/track-step-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracks.admin"))("title") };
}

/** One step of a programme's learning track, to edit. Another organisation's, a removed or a made-up step: not found. */
export default async function EditTrackStepPage({ params }: { params: Promise<{ id: string; stepId: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  const { id, stepId } = await uuidParams(params);
  const [{ view, step }, t, rawLocale] = await Promise.all([loadOrNotFound(() => getTrackStepForAdmin(actorScopeOf(ctx), id, stepId)), getTranslations("tracks.admin"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const number = view.steps.findIndex((s) => s.id === step.id) + 1;
  return (
    <>
      <Link href={`/admin/programmes/${id}/track`} className="text-sm text-brand-700 underline">{t("backToTrack")}</Link>
      <h1 className="mt-2 break-words text-2xl font-semibold">{t("editTitle", { number })}</h1>
      <p className="mt-1 break-words text-stone-700">{step.title[locale]}</p>
      <p className="mt-2 max-w-3xl text-stone-700">{t("editIntro")}</p>
      {view.editable ? (
        <TrackStepForm programmeId={id} stepId={step.id} initial={{ kind: step.kind, title: step.title, dueWeek: step.dueWeek, guideKey: step.guideKey, url: step.url }} guides={view.guides} />
      ) : (
        <p className="mt-4 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-stone-700">{t("archived")}</p>
      )}
    </>
  );
}
