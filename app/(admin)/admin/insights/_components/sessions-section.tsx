"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { InsightsFigures } from "@/lib/insights/types";
import { ChartSection, FigureTable, ResponsiveChart } from "./chart-section";
import { chartColors, LegendItem } from "./chart-svg";
import { ColumnChart } from "./column-chart";

export function SessionsSection({ months }: { months: InsightsFigures["months"] }) {
  const t = useTranslations("insights");
  const format = useFormatter();
  // Mid-month at noon UTC: the same calendar month in every time zone.
  const dateOf = (month: string) => new Date(`${month}-15T12:00:00Z`);
  const value = (n: number | null) => (n === null ? t("hidden") : format.number(n));
  const groups = months.map((m, i) => ({
    key: m.month,
    label: format.dateTime(dateOf(m.month), { month: "short", timeZone: "UTC" }),
    sublabel: i === 0 || m.month.endsWith("-01") ? m.month.slice(0, 4) : undefined,
    planned: m.planned,
    held: m.held,
  }));
  const sum = (key: "planned" | "held") => months.reduce((n, m) => n + (m[key] ?? 0), 0);
  const desc = t("sessions.summary", { count: months.length, planned: sum("planned"), held: sum("held"), hidden: months.filter((m) => m.hidden).length });
  return (
    <ChartSection
      id="sessions"
      heading={t("sessions.heading")}
      description={t("sessions.desc")}
      legend={
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-label={t("chart.legend")}>
          <LegendItem color={chartColors.secondary} label={t("sessions.planned")} />
          <LegendItem color={chartColors.primary} label={t("sessions.held")} />
          <LegendItem hatched label={t("chart.hatched")} />
        </ul>
      }
      chart={<ResponsiveChart render={(width, suffix) => <ColumnChart id={`sessions-${suffix}`} width={width} title={t("sessions.heading")} desc={desc} groups={groups} />} />}
      tableLabel={t("chart.table")}
      table={
        <FigureTable
          caption={t("sessions.heading")}
          head={[t("sessions.month"), t("sessions.planned"), t("sessions.held")]}
          rows={months.map((m) => [format.dateTime(dateOf(m.month), { month: "long", year: "numeric", timeZone: "UTC" }), value(m.planned), value(m.held)])}
        />
      }
    />
  );
}
