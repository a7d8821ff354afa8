"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Figure, InsightsFigures } from "@/lib/insights/types";

/** The single figures of the period as cards: each value, or "<5" when it is about one to four people. */
export function KeyFigures({ figures }: { figures: InsightsFigures }) {
  const t = useTranslations("insights");
  const format = useFormatter();
  const shown = (figure: Figure, render: (value: number) => string) => (figure.hidden ? t("hidden") : figure.value === null ? t("none") : render(figure.value));
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const count = (v: number) => format.number(v);
  const { actions, feedback, acceptance } = figures;
  const cards = [
    { key: "attendance", label: t("figures.attendanceRate"), value: shown(figures.attendanceRate, percent), help: t("figures.attendanceHelp") },
    { key: "cases", label: t("figures.casesPresented"), value: shown(figures.casesPresented, count), help: t("figures.casesHelp") },
    {
      key: "actions",
      label: t("figures.actionsCompleted"),
      value: actions.completed.hidden || actions.completed.value === null || actions.total.value === null ? shown(actions.completed, count) : t("figures.actionsValue", { completed: count(actions.completed.value), total: count(actions.total.value) }),
      help: actions.total.value ? percent((actions.completed.value ?? 0) / actions.total.value) : undefined,
    },
    {
      key: "feedback",
      label: t("figures.feedback"),
      value: shown(feedback.mean, (v) => t("figures.feedbackValue", { mean: format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })),
      help: feedback.responses.value !== null ? t("figures.feedbackHelp", { count: feedback.responses.value }) : undefined,
    },
    {
      key: "acceptance",
      label: t("figures.acceptance"),
      value: shown(acceptance.rate, percent),
      help: acceptance.answered.value !== null ? t("figures.acceptanceHelp", { count: acceptance.answered.value }) : undefined,
    },
    { key: "median", label: t("figures.medianDays"), value: shown(figures.medianDaysToFirstSession, (v) => t("figures.medianDaysValue", { days: Math.round(v) })), help: t("figures.medianDaysHelp") },
  ];
  return (
    <section aria-labelledby="figures-heading" className="mt-8">
      <h2 id="figures-heading" className="text-xl font-semibold">
        {t("figures.heading")}
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <div key={card.key} className="rounded-lg border border-stone-200 bg-white p-4">
            <dt className="text-sm font-medium text-stone-700">{card.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-brand-900">{card.value}</dd>
            {card.help && <dd className="mt-1 text-sm text-stone-600">{card.help}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
