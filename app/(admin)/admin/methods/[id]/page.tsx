import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { getOwnMethod } from "@/lib/codevelopment/custom-methods";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { MethodForm } from "../_components/method-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevAdmin.editor"))("editTitle") };
}

export default async function EditMethodPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageMember("programmes.manage");
  // Not a uuid: the same answer as another organisation's method.
  const id = uuidSegmentOrNotFound((await params).id);
  const [t, rawLocale, own] = await Promise.all([getTranslations("codevAdmin"), getLocale(), getOwnMethod(actorScopeOf(ctx), id)]);
  if (!own) notFound();
  const locale = rawLocale === "en" ? "en" : "nl";
  return (
    <>
      <Link href="/admin/methods" className="text-sm text-brand-700 underline">{t("library.backToLibrary")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{own.method.name[locale]}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("editor.editIntro")}</p>
      {own.usedBy.length > 0 && (
        <p className="mt-2 max-w-2xl text-sm text-stone-700">{t("library.usedBy", { count: own.usedBy.length, names: own.usedBy.map((n) => n[locale]).join(", ") })}</p>
      )}
      <MethodForm methodId={own.id} initial={own.method} />
    </>
  );
}
