import { getTranslations } from "next-intl/server";
import { totalMinutes, type Method } from "@/lib/codevelopment/core/method-types";

type Props = { method: Method; locale: "nl" | "en"; headingId: string; children?: React.ReactNode };

/** One method, read-only: name, summary, and its steps with minutes and instructions behind a disclosure. */
export async function MethodCard({ method, locale, headingId, children }: Props) {
  const t = await getTranslations("codevAdmin.library");
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="font-semibold">{method.name[locale]}</h3>
      <p className="mt-1 text-stone-700">{method.summary[locale]}</p>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("showSteps", { steps: method.steps.length, minutes: totalMinutes(method) })}</summary>
        <ol className="mt-2 space-y-2">
          {method.steps.map((step, i) => (
            <li key={step.key} className="rounded-md bg-stone-50 px-3 py-2">
              <p className="flex flex-wrap justify-between gap-x-4 font-medium">
                <span>{t("stepTitle", { number: i + 1, title: step.title[locale] })}</span>
                <span className="text-sm text-stone-700">{t("minutes", { minutes: step.minutes })}</span>
              </p>
              <p className="text-sm text-stone-700">{step.instruction[locale]}</p>
            </li>
          ))}
        </ol>
      </details>
      {children}
    </article>
  );
}
