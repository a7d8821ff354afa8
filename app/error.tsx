"use client";

import { useTranslations } from "next-intl";
import { Button } from "./_components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-700">{t("text")}</p>
      <Button onClick={reset} className="mt-6 self-start">
        {t("retry")}
      </Button>
    </main>
  );
}
