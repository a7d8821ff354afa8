import { getTranslations } from "next-intl/server";
import { totalGuideMinutes, type Guide } from "@/lib/conversations/core/guide-types";

type Props = { guide: Guide; locale: "nl" | "en"; headingId: string; children?: React.ReactNode };

/** One guide, read-only: name, kind and summary; its steps, questions, closing and preparation behind a disclosure. */
export async function GuideCard({ guide, locale, headingId, children }: Props) {
  const t = await getTranslations("guides");
  const steps = [...guide.steps, { key: "closing", ...guide.closing }];
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="font-semibold">{guide.name[locale]}</h3>
      <p className="text-sm text-stone-700">{t("library.kindLine", { kind: t(`kinds.${guide.kind}`) })}</p>
      <p className="mt-1 text-stone-700">{guide.summary[locale]}</p>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("library.showSteps", { steps: steps.length, minutes: totalGuideMinutes(guide) })}</summary>
        <ol className="mt-2 space-y-2">
          {steps.map((step, i) => (
            <li key={step.key} className="rounded-md bg-stone-50 px-3 py-2">
              <p className="flex flex-wrap justify-between gap-x-4 font-medium">
                <span>{t("library.stepTitle", { number: i + 1, title: step.title[locale] })}</span>
                <span className="text-sm text-stone-700">{t("library.minutes", { minutes: step.minutes })}</span>
              </p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-stone-700">
                {step.prompts.map((prompt, j) => (
                  <li key={j}>{prompt[locale]}</li>
                ))}
              </ul>
              {step.key === "closing" && <p className="mt-1 text-sm text-stone-700">{t("library.closingNote")}</p>}
            </li>
          ))}
        </ol>
        <h4 className="mt-3 text-sm font-medium">{t("library.preparationTitle")}</h4>
        <p className="mt-1 whitespace-pre-line text-sm text-stone-700">{guide.preparation ? guide.preparation[locale] : t("library.noPreparation")}</p>
      </details>
      {children}
    </article>
  );
}
