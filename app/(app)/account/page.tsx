import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { EraseAccountForm } from "./_components/erase-account-form";
import { NoticePreferencesSection } from "./_components/notice-preferences-section";
import { actorScopeOf } from "@/lib/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const ctx = await requirePageMember();
  const t = await getTranslations("account");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      <section aria-labelledby="export-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="export-heading" className="text-lg font-semibold">{t("export.title")}</h2>
        <p className="mt-1 text-sm text-stone-700">{t("export.text")}</p>
        <a href="/account/export" download className="mt-4 inline-block rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
          {t("export.button")}
        </a>
      </section>
      <NoticePreferencesSection scope={actorScopeOf(ctx)} />
      <section aria-labelledby="erase-heading" className="mt-6 rounded-lg border border-red-200 bg-white p-5">
        <h2 id="erase-heading" className="text-lg font-semibold text-red-800">{t("erase.title")}</h2>
        <p className="mt-1 text-sm text-stone-700">{t("erase.text")}</p>
        <EraseAccountForm email={ctx.email} />
      </section>
    </>
  );
}
