import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { ClientMessages } from "@/app/_components/client-messages";
import { isLocale } from "@/lib/i18n/config";
import { getInsights } from "@/lib/insights/get-insights";
import { DeclinesSection } from "./_components/declines-section";
import { FunnelSection } from "./_components/funnel-section";
import { GuidedSection } from "./_components/guided-section";
import { HealthSection } from "./_components/health-section";
import { InsightsFilterForm } from "./_components/insights-filter-form";
import { KeyFigures } from "./_components/key-figures";
import { LadderSection } from "./_components/ladder-section";
import { SessionsSection } from "./_components/sessions-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights"))("title") };
}

export default async function InsightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageMember("insights.view");
  const [t, format, rawLocale, data] = await Promise.all([getTranslations("insights"), getFormatter(), getLocale(), getInsights(actorScopeOf(ctx), await searchParams)]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const { filters, figures } = data;
  const programme = data.options.programmes.find((p) => p.id === filters.programmeId);
  // Calendar days of the period: noon UTC keeps each on its own date in every zone.
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("intro")}</p>
      <p className="mt-2 max-w-2xl text-sm text-stone-600">{t("privacy")}</p>

      <InsightsFilterForm data={data} locale={locale} />
      {data.departmentRefused && (
        <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {t("filters.departmentRefused")}
        </p>
      )}
      <p role="status" className="mt-3 text-sm text-stone-700">
        {t("filters.showing", {
          programme: programme ? programme.name[locale] : t("filters.allProgrammes").toLowerCase(),
          department: filters.department ?? t("filters.allDepartments").toLowerCase(),
          from: day(filters.from),
          to: day(filters.to),
        })}
      </p>

      <HealthSection nudges={data.nudges} locale={locale} />
      {/*
        The figures and charts are drawn by client components from the plain figures: the page's payload then
        carries the numbers once, not a second copy of every chart's SVG and table (issue 16).
      */}
      <ClientMessages namespaces={["insights.hidden", "insights.none", "insights.figures", "insights.funnel", "insights.sessions", "insights.ladder", "insights.declines", "insights.chart", "insights.guided"]}>
        <KeyFigures figures={figures} />
        <div className="mt-8 grid gap-6">
          <FunnelSection funnel={figures.funnel} />
          <SessionsSection months={figures.months} />
          <LadderSection ladder={figures.ladder} />
          <DeclinesSection declines={figures.declineReasons} />
          <GuidedSection guided={data.guided} />
        </div>
      </ClientMessages>
    </>
  );
}
