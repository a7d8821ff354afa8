import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.checkEmail"))("title") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth.checkEmail");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("text")}</p>
      <p className="mt-3 text-sm text-stone-600">{t("hint")}</p>
      <Link href="/sign-in" className="mt-6 inline-block text-sm text-brand-700 underline">
        {t("again")}
      </Link>
    </>
  );
}
