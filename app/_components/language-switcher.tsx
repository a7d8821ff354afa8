import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/lib/i18n/config";
import { setLocaleAction } from "./shell-actions";

/** Plain forms, so the switch works before any JavaScript has loaded. */
export async function LanguageSwitcher() {
  const [t, current] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <div role="group" aria-label={t("language.label")} className="flex overflow-hidden rounded-md border border-stone-300">
      {locales.map((locale) => (
        <form key={locale} action={setLocaleAction}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            lang={locale}
            aria-pressed={locale === current}
            className={`px-2.5 py-1.5 uppercase ${locale === current ? "bg-brand-700 text-white" : "hover:bg-stone-100"}`}
          >
            <span className="sr-only">{t(`language.${locale}`)}</span>
            <span aria-hidden>{locale}</span>
          </button>
        </form>
      ))}
    </div>
  );
}
