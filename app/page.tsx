import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionContext } from "@/lib/auth/session";
import { LanguageSwitcher } from "./_components/language-switcher";
import { ButtonLink } from "./_components/ui/button";

export default async function HomePage() {
  const ctx = await getSessionContext();
  if (ctx?.current) redirect("/dashboard");
  if (ctx) redirect("/no-organisation");
  const t = await getTranslations("home");
  const loops = ["match", "meet", "prepare", "track"] as const;
  return (
    <div className="mx-auto flex min-h-dvh max-w-4xl flex-col px-4 py-6">
      <header className="flex items-center justify-between">
        <span className="flex items-center gap-2 text-xl font-semibold text-brand-700">
          <span aria-hidden className="inline-block h-6 w-6 rounded-full border-4 border-brand-500" />
          Kring
        </span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 flex-col justify-center py-12">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">{t("title")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-stone-700">{t("lead")}</p>
        <div className="mt-8">
          <ButtonLink href="/sign-in" size="lg">
            {t("signIn")}
          </ButtonLink>
        </div>
        <ul className="mt-12 grid gap-4 sm:grid-cols-2">
          {loops.map((key) => (
            <li key={key} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">{t(`loops.${key}.title`)}</h2>
              <p className="mt-1 text-sm text-stone-700">{t(`loops.${key}.text`)}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
