"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { InsightsFigures } from "@/lib/insights/types";
import { BarChart, type BarRow } from "./bar-chart";
import { ChartSection, FigureTable, ResponsiveChart } from "./chart-section";

export function FunnelSection({ funnel }: { funnel: InsightsFigures["funnel"] }) {
  const t = useTranslations("insights");
  const format = useFormatter();
  const shares = funnel.map((step, i) => {
    const previous = i > 0 ? funnel[i - 1].value : null;
    return step.value !== null && previous ? format.number(step.value / previous, { style: "percent", maximumFractionDigits: 0 }) : null;
  });
  const rows: BarRow[] = funnel.map((step, i) => {
    const share = shares[i];
    return {
      key: step.step,
      label: t(`funnel.steps.${step.step}`),
      value: step.value,
      valueText: step.value === null ? t("hidden") : format.number(step.value),
      note: share ?? undefined,
    };
  });
  const summary = rows.map((r) => `${r.label}: ${r.valueText}${r.note ? ` (${t("funnel.ofPrevious", { share: r.note })})` : ""}`).join("; ");
  return (
    <ChartSection
      id="funnel"
      heading={t("funnel.heading")}
      description={`${t("funnel.desc")} ${t("funnel.stepHelp")}`}
      chart={<ResponsiveChart render={(width, suffix) => <BarChart id={`funnel-${suffix}`} width={width} title={t("funnel.heading")} desc={t("funnel.summary", { steps: summary })} rows={rows} />} />}
      tableLabel={t("chart.table")}
      table={<FigureTable caption={t("funnel.heading")} head={[t("funnel.columns.step"), t("funnel.columns.people"), t("funnel.columns.share")]} rows={rows.map((r, i) => [r.label, r.valueText, shares[i] ?? t("none")])} />}
    />
  );
}
