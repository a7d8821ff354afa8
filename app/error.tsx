"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("text")}</p>
      <button type="button" onClick={reset} className="mt-6 self-start rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-900">
        {t("retry")}
      </button>
    </main>
  );
}
