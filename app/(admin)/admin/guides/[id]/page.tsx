import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { getOwnGuide } from "@/lib/conversations/own-guides";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { GuideForm } from "../_components/guide-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guides.editor"))("editTitle") };
}

export default async function EditGuidePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  // Not a uuid: the same answer as another organisation's guide.
  const id = uuidSegmentOrNotFound((await params).id);
  const [t, rawLocale, own] = await Promise.all([getTranslations("guides"), getLocale(), getOwnGuide(actorScopeOf(ctx), id)]);
  if (!own) notFound();
  const locale = rawLocale === "en" ? "en" : "nl";
  return (
    <>
      <Link href="/admin/guides" className="text-sm text-brand-700 underline">{t("library.backToLibrary")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{own.guide.name[locale]}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("editor.editIntro")}</p>
      <GuideForm guideId={own.id} initial={own.guide} />
    </>
  );
}
