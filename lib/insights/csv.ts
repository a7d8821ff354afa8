import { csvCell } from "@/lib/csv/spreadsheet-cell";
import type { AppLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { ladderLevels, type Figure, type InsightsData } from "./types";

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * Every figure of the page as rows of section, item, value and note, in the reader's language. Hidden
 * cells have an empty value and say why; the programme health lists are counted, not named.
 */
export function insightsToCsv(data: InsightsData, t: Translate, locale: AppLocale): string {
  const hidden = t("hiddenLong");
  const rows: (string | number | null)[][] = [[t("csv.section"), t("csv.item"), t("csv.value"), t("csv.note")]];
  const add = (section: string, item: string, value: number | string | null, isHidden = false) => rows.push([section, item, isHidden ? null : value, isHidden ? hidden : null]);
  const figure = (section: string, item: string, f: Figure, scale = 1, digits = 0) => add(section, item, f.value === null ? null : round(f.value * scale, digits), f.hidden);

  const { filters, figures } = data;
  const programme = data.options.programmes.find((p) => p.id === filters.programmeId);
  const filtersSection = t("csv.filters");
  add(filtersSection, t("filters.programme"), programme ? programme.name[locale] : t("filters.allProgrammes"));
  add(filtersSection, t("filters.department"), filters.department ?? t("filters.allDepartments"));
  add(filtersSection, t("filters.from"), filters.from);
  add(filtersSection, t("filters.to"), filters.to);

  for (const step of figures.funnel) add(t("funnel.heading"), t(`funnel.steps.${step.step}`), step.value, step.hidden);

  for (const m of figures.months) {
    add(t("sessions.heading"), `${m.month} ${t("sessions.planned")}`, m.planned, m.hidden);
    add(t("sessions.heading"), `${m.month} ${t("sessions.held")}`, m.held, m.hidden);
  }

  const key = t("figures.heading");
  figure(key, `${t("figures.attendanceRate")} (%)`, figures.attendanceRate, 100, 1);
  figure(key, t("figures.casesPresented"), figures.casesPresented);
  figure(key, t("figures.actionsCompleted"), figures.actions.completed);
  figure(key, `${t("figures.actionsCompleted")} (${t("csv.total")})`, figures.actions.total);
  figure(key, `${t("figures.feedback")} (1–5)`, figures.feedback.mean, 1, 2);
  figure(key, `${t("figures.feedback")} (${t("csv.responses")})`, figures.feedback.responses);
  figure(key, `${t("figures.acceptance")} (%)`, figures.acceptance.rate, 100, 1);
  figure(key, `${t("figures.acceptance")} (${t("csv.answered")})`, figures.acceptance.answered);
  figure(key, `${t("figures.medianDays")} (${t("csv.days")})`, figures.medianDaysToFirstSession, 1, 1);

  for (const d of figures.declineReasons) add(t("declines.heading"), t(`declines.reasons.${d.reason}`), d.value, d.hidden);

  for (const row of figures.ladder) {
    const department = row.merged.length > 0 ? t("ladder.otherDepartments") : row.department === "" ? t("ladder.noDepartment") : row.department;
    for (const level of ladderLevels) add(t("ladder.heading"), `${department}: ${t(`ladder.levels.${level}`)}`, row.levels?.[level] ?? null, row.levels === null || row.levels[level] === null);
  }

  const guided = t("guided.monthsHeading");
  for (const m of data.guided.months) {
    add(guided, `${m.month} ${t("guided.pair")}`, m.pair, m.hidden);
    add(guided, `${m.month} ${t("guided.team")}`, m.team, m.hidden);
  }
  figure(t("guided.heading"), `${t("guided.pairShare")} (%)`, data.guided.pairShare.rate, 100, 1);
  figure(t("guided.heading"), `${t("guided.pairShare")} (${t("csv.total")})`, data.guided.pairShare.pairs);
  for (const track of data.guided.tracks) {
    const section = t("guided.trackHeading", { programme: track.programmeName[locale] });
    figure(section, t("csv.participants"), track.participants);
    for (const step of track.steps) add(section, t("guided.step", { number: step.number, title: step.title[locale] }), step.done, step.hidden);
  }

  for (const kind of data.nudges) add(t("csv.nudges"), t(`health.kinds.${kind.kind}.title`), kind.total);

  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
