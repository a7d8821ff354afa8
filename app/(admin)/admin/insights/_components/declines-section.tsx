"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { InsightsFigures } from "@/lib/insights/types";
import { BarChart } from "./bar-chart";
import { ChartSection, FigureTable, ResponsiveChart } from "./chart-section";

export function DeclinesSection({ declines }: { declines: InsightsFigures["declineReasons"] }) {
  const t = useTranslations("insights");
  const format = useFormatter();
  const rows = declines.map((d) => ({
    key: d.reason,
    label: t(`declines.reasons.${d.reason}`),
    value: d.value,
    valueText: d.value === null ? t("hidden") : format.number(d.value),
  }));
  const none = declines.every((d) => d.value === 0);
  return (
    <ChartSection
      id="declines"
      heading={t("declines.heading")}
      description={t("declines.desc")}
      chart={none ? <p className="text-sm text-stone-700">{t("declines.empty")}</p> : <ResponsiveChart render={(width, suffix) => <BarChart id={`declines-${suffix}`} width={width} title={t("declines.heading")} desc={rows.map((r) => `${r.label}: ${r.valueText}`).join("; ")} rows={rows} />} />}
      tableLabel={t("chart.table")}
      table={<FigureTable caption={t("declines.heading")} head={[t("declines.columns.reason"), t("declines.columns.count")]} rows={rows.map((r) => [r.label, r.valueText])} />}
    />
  );
}
