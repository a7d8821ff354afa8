import { getTranslations } from "next-intl/server";
import type { Completeness } from "@/lib/profiles/completeness";
import { CompletenessBar } from "./completeness-bar";

/** On the profile page: how complete the saved profile is, and what is still missing. */
export async function ProfileCompletenessPanel({ completeness }: { completeness: Completeness }) {
  const t = await getTranslations("profile.completeness");
  const { percent, missing } = completeness;
  return (
    <section aria-labelledby="completeness-title" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="completeness-title" className="font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm font-medium text-brand-700">{t("percent", { percent })}</p>
      </div>
      <div className="mt-2">
        <CompletenessBar percent={percent} label={t("title")} />
      </div>
      {missing.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">{t("complete")}</p>
      ) : (
        <div className="mt-3 text-sm text-stone-700">
          <p>{t("missingIntro")}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {missing.map((field) => (
              <li key={field}>{t(`missing.${field}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
