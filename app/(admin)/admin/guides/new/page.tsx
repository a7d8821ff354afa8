import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { builtInGuide } from "@/lib/conversations/core/built-in-guides";
import { mentoringCheckIn } from "@/lib/conversations/core/guides/mentoring-check-in";
import { GuideForm, type GuideDraft } from "../_components/guide-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guides.editor"))("newTitle") };
}

const blank: GuideDraft = {
  kind: "oneOnOne",
  name: { nl: "", en: "" },
  summary: { nl: "", en: "" },
  steps: [],
  preparation: null,
  // Every guide ends with agreements and actions: a new one starts from the check-in's closing questions.
  closing: structuredClone(mentoringCheckIn.closing),
};

const draftOf = ({ kind, name, summary, steps, preparation, closing }: GuideDraft): GuideDraft => ({ kind, name, summary, steps, preparation, closing });

/** A new own guide: blank, or a copy of a built-in one (?from=career) to adapt. */
export default async function NewGuidePage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  await requirePageMember("programmes.manage");
  const [t, rawLocale, { from }] = await Promise.all([getTranslations("guides"), getLocale(), searchParams]);
  const locale = rawLocale === "en" ? "en" : "nl";
  // An unknown or malformed ?from= is ignored: the blank form, never an error.
  const source = typeof from === "string" ? builtInGuide(from) : undefined;
  const initial: GuideDraft = source ? draftOf(structuredClone(source)) : blank;
  return (
    <>
      <Link href="/admin/guides" className="text-sm text-brand-700 underline">{t("library.backToLibrary")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("editor.newTitle")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{source ? t("editor.copyIntro", { name: source.name[locale] }) : t("editor.intro")}</p>
      <GuideForm initial={initial} />
    </>
  );
}
