import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { memberScopeOf } from "@/lib/auth/actor";
import { getFeedStatus } from "@/lib/scheduling/feed-tokens";
import { listMySessions } from "@/lib/scheduling/queries";
import { ButtonLink } from "@/app/_components/ui/button";
import { CalendarFeedPanel } from "./_components/calendar-feed-panel";
import { SessionList } from "./_components/session-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scheduling"))("title") };
}

export default async function SessionsPage() {
  const ctx = await requirePageMember("sessions.view");
  const scope = memberScopeOf(ctx);
  const [t, sessions, feed] = await Promise.all([getTranslations("scheduling"), listMySessions(scope), getFeedStatus(scope)]);
  const empty = sessions.upcoming.length === 0 && sessions.past.length === 0;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-2 text-stone-700">{sessions.timeZone === sessions.organizationTimeZone ? t("introOrganizationZone") : t("intro", { timeZone: sessions.timeZone })}</p>
        </div>
        {can(ctx.current.role, "sessions.schedule") && (
          <ButtonLink href="/sessions/new">{t("plan")}</ButtonLink>
        )}
      </header>
      {empty ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">{t("empty")}</p>
      ) : (
        <>
          {sessions.upcoming.length > 0 && (
            <section aria-labelledby="upcoming-heading">
              <h2 id="upcoming-heading" className="text-lg font-semibold">{t("upcoming")}</h2>
              <SessionList sessions={sessions.upcoming} timeZone={sessions.timeZone} organizationTimeZone={sessions.organizationTimeZone} />
              {sessions.moreUpcoming > 0 && <p className="mt-3 text-sm text-stone-600">{t("moreUpcoming", { count: sessions.moreUpcoming })}</p>}
            </section>
          )}
          {sessions.past.length > 0 && (
            <section aria-labelledby="past-heading">
              <h2 id="past-heading" className="text-lg font-semibold">{t("past")}</h2>
              <SessionList sessions={sessions.past} timeZone={sessions.timeZone} organizationTimeZone={sessions.organizationTimeZone} past />
              {sessions.morePast > 0 && <p className="mt-3 text-sm text-stone-600">{t("morePast", { count: sessions.morePast })}</p>}
            </section>
          )}
        </>
      )}
      <CalendarFeedPanel active={feed.active} activeSince={feed.createdAt?.toISOString() ?? null} />
    </div>
  );
}
