import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { timeZoneOptions } from "@/lib/profiles/time-zones";
import { addDays, mondayOf } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { SeriesPlanner } from "./_components/series-planner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scheduling.planner"))("title") };
}

/** Facilitators and admins plan a series for two to eight members (the lib checks the role again). */
export default async function PlanSessionsPage() {
  const ctx = await requirePageMember("sessions.schedule");
  const t = await getTranslations("scheduling.planner");
  const timeZone = ctx.current.timeZone;
  // Next week's Monday on the organisation's clock: this week is usually too short notice.
  const nextWeek = addDays(mondayOf(toZoned(now(), timeZone).date), 7);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <Link href="/sessions" className="text-sm text-brand-700 underline">{t("back")}</Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("intro")}</p>
      </header>
      <SeriesPlanner defaultWeek={nextWeek} defaultTimeZone={timeZone} timeZones={timeZoneOptions(timeZone)} />
    </div>
  );
}
