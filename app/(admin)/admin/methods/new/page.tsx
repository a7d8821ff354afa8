import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { MethodForm } from "../_components/method-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevAdmin.editor"))("newTitle") };
}

export default async function NewMethodPage() {
  await requirePageMember("programmes.manage");
  const t = await getTranslations("codevAdmin");
  return (
    <>
      <Link href="/admin/methods" className="text-sm text-brand-700 underline">{t("library.backToLibrary")}</Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("editor.newTitle")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("editor.intro")}</p>
      <MethodForm />
    </>
  );
}
