"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ladderLevels, type InsightsFigures } from "@/lib/insights/types";
import { ChartSection, FigureTable, ResponsiveChart } from "./chart-section";
import { chartColors, LegendItem } from "./chart-svg";
import { StackedChart, type StackedRow } from "./stacked-chart";

export function LadderSection({ ladder }: { ladder: InsightsFigures["ladder"] }) {
  const t = useTranslations("insights");
  const format = useFormatter();
  const label = (row: InsightsFigures["ladder"][number]) => (row.merged.length > 0 ? t("ladder.otherDepartments") : row.department === "" ? t("ladder.noDepartment") : row.department);
  const value = (n: number | null) => (n === null ? t("hidden") : format.number(n));
  const rows: StackedRow[] = ladder.map((row) => ({
    key: `${row.merged.length > 0 ? "merged" : "d"}:${row.department}`,
    label: label(row),
    segments: row.levels ? ladderLevels.map((level) => row.levels![level]) : null,
    note: t("ladder.hiddenRow"),
  }));
  const desc = ladder
    .map((row) => `${label(row)}: ${row.levels ? ladderLevels.map((level) => `${t(`ladder.levels.${level}`)} ${value(row.levels![level])}`).join(", ") : t("ladder.hiddenRow")}`)
    .join("; ");
  return (
    <ChartSection
      id="ladder"
      heading={t("ladder.heading")}
      description={t("ladder.desc")}
      legend={
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-label={t("chart.legend")}>
          {ladderLevels.map((level, i) => (
            <LegendItem key={level} color={chartColors.levels[i]} label={t(`ladder.levels.${level}`)} />
          ))}
          <LegendItem hatched label={t("chart.hatched")} />
        </ul>
      }
      chart={rows.length === 0 ? <p className="text-sm text-stone-700">{t("ladder.empty")}</p> : <ResponsiveChart render={(width, suffix) => <StackedChart id={`ladder-${suffix}`} width={width} title={t("ladder.heading")} desc={desc} rows={rows} />} />}
      tableLabel={t("chart.table")}
      table={
        <FigureTable
          caption={t("ladder.heading")}
          head={[t("ladder.department"), ...ladderLevels.map((level) => t(`ladder.levels.${level}`))]}
          rows={ladder.map((row) => [label(row), ...ladderLevels.map((level) => (row.levels ? value(row.levels[level]) : t("hidden")))])}
        />
      }
    />
  );
}
