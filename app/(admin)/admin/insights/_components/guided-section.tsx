"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { GuidedUsage } from "@/lib/insights/types";
import { isLocale } from "@/lib/i18n/config";
import { BarChart, type BarRow } from "./bar-chart";
import { ChartSection, FigureTable, ResponsiveChart } from "./chart-section";
import { chartColors, LegendItem } from "./chart-svg";
import { ColumnChart } from "./column-chart";

/**
 * Guided conversations and learning tracks (issue 12): how many conversations were held each month, the
 * share of pairs that held one, and each track's completion per step. Counts only, under the five-people
 * rule; what was said or agreed, and any reflection, never reaches this page.
 */
export function GuidedSection({ guided }: { guided: GuidedUsage }) {
  const t = useTranslations("insights");
  const format = useFormatter();
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const value = (n: number | null) => (n === null ? t("hidden") : format.number(n));
  const dateOf = (month: string) => new Date(`${month}-15T12:00:00Z`);
  const groups = guided.months.map((m, i) => ({
    key: m.month,
    label: format.dateTime(dateOf(m.month), { month: "short", timeZone: "UTC" }),
    sublabel: i === 0 || m.month.endsWith("-01") ? m.month.slice(0, 4) : undefined,
    // The chart's two columns: the pairs' conversations, then the managers' with a team member.
    planned: m.hidden ? null : m.pair,
    held: m.hidden ? null : m.team,
  }));
  const total = (key: "pair" | "team") => guided.months.reduce((n, m) => n + (m[key] ?? 0), 0);
  const share = guided.pairShare.rate;
  return (
    <>
      <section aria-labelledby="guided-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="guided-heading" className="text-lg font-semibold">
          {t("guided.heading")}
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-stone-700">{t("guided.desc")}</p>
        <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          {[
            { key: "pair", label: t("guided.pairConversations"), value: format.number(total("pair")) },
            { key: "team", label: t("guided.teamConversations"), value: format.number(total("team")) },
            {
              key: "share",
              label: t("guided.pairShare"),
              value: share.hidden ? t("hidden") : share.value === null ? t("none") : format.number(share.value, { style: "percent", maximumFractionDigits: 0 }),
              help: guided.pairShare.pairs.value !== null ? t("guided.pairShareHelp", { count: guided.pairShare.pairs.value }) : undefined,
            },
          ].map((card) => (
            <div key={card.key} className="rounded-lg border border-stone-200 p-3">
              <dt className="text-sm font-medium text-stone-700">{card.label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums text-brand-900">{card.value}</dd>
              {card.help && <dd className="mt-1 text-sm text-stone-600">{card.help}</dd>}
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-stone-600">{t("guided.totalsHelp")}</p>
      </section>

      <ChartSection
        id="guided-months"
        heading={t("guided.monthsHeading")}
        description={t("guided.monthsDesc")}
        legend={
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-label={t("chart.legend")}>
            <LegendItem color={chartColors.secondary} label={t("guided.pair")} />
            <LegendItem color={chartColors.primary} label={t("guided.team")} />
            <LegendItem hatched label={t("chart.hatched")} />
          </ul>
        }
        chart={
          <ResponsiveChart
            render={(width, suffix) => (
              <ColumnChart
                id={`guided-${suffix}`}
                width={width}
                title={t("guided.monthsHeading")}
                desc={t("guided.monthsSummary", { count: guided.months.length, pair: total("pair"), team: total("team"), hidden: guided.months.filter((m) => m.hidden).length })}
                groups={groups}
              />
            )}
          />
        }
        tableLabel={t("chart.table")}
        table={
          <FigureTable
            caption={t("guided.monthsHeading")}
            head={[t("sessions.month"), t("guided.pair"), t("guided.team")]}
            rows={guided.months.map((m) => [format.dateTime(dateOf(m.month), { month: "long", year: "numeric", timeZone: "UTC" }), value(m.pair), value(m.team)])}
          />
        }
      />

      {guided.tracks.length === 0 ? (
        <section aria-labelledby="tracks-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="tracks-heading" className="text-lg font-semibold">
            {t("guided.tracksHeading")}
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-stone-700">{t("guided.noTracks")}</p>
        </section>
      ) : (
        guided.tracks.map((track, index) => {
          const participants = track.participants;
          const rows: BarRow[] = track.steps.map((step) => ({
            key: String(step.number),
            label: t("guided.step", { number: step.number, title: step.title[locale] }),
            value: step.done,
            valueText: step.hidden ? t("hidden") : t("guided.doneOf", { done: step.done ?? 0, total: participants.value ?? 0 }),
          }));
          const heading = t("guided.trackHeading", { programme: track.programmeName[locale] });
          return (
            <ChartSection
              key={track.programmeId}
              id={`track-${index}`}
              heading={heading}
              description={participants.hidden ? t("guided.trackTooSmall") : t("guided.trackDesc", { count: participants.value ?? 0 })}
              chart={<ResponsiveChart render={(width, suffix) => <BarChart id={`track-${index}-${suffix}`} width={width} title={heading} desc={rows.map((r) => `${r.label}: ${r.valueText}`).join("; ")} rows={rows} />} />}
              tableLabel={t("chart.table")}
              table={<FigureTable caption={heading} head={[t("guided.stepColumn"), t("guided.doneColumn")]} rows={rows.map((r) => [r.label, r.valueText])} />}
            />
          );
        })
      )}
    </>
  );
}
