import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember } from "@/lib/auth/session";
import { getTeamView } from "@/lib/conversations/team";
import { startTeamConversationAction } from "../conversations/actions";
import { ConversationSummaryList } from "../conversations/_components/conversation-summary-list";
import { StartConversationForm } from "../conversations/_components/start-conversation-form";

type Props = { searchParams: Promise<{ conversation?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conversations.team"))("title") };
}

const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

/**
 * A manager's conversations with their own team members (1-on-1, career, stay), and a team member's with
 * their manager. Each conversation is seen by its two people only; this page lists the viewer's own.
 */
export default async function TeamPage({ searchParams }: Props) {
  const ctx = await requirePageMember("conversations.hold");
  const [view, t, query] = await Promise.all([getTeamView(actorScopeOf(ctx)), getTranslations("conversations.team"), searchParams]);
  const hasTeam = view.team.length > 0;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-2xl text-stone-700">{hasTeam ? t("intro") : t("introMember")}</p>
      {query.conversation === "discarded" && (
        <p role="status" className="mt-4 rounded-md bg-brand-50 p-3 text-brand-900">
          {t("discarded")}
        </p>
      )}

      {hasTeam && (
        <section aria-labelledby="team-start" className={`mt-6 ${card}`}>
          <h2 id="team-start" className="text-lg font-semibold">
            {t("startTitle")}
          </h2>
          <StartConversationForm action={startTeamConversationAction} fields={{}} guides={view.guides} proposedKey={view.proposedKey} team={view.team} today={view.today} />
        </section>
      )}

      {(hasTeam || view.led.length > 0) && (
        <section aria-labelledby="team-led" className="mt-8">
          <h2 id="team-led" className="text-lg font-semibold">
            {t("ledTitle")}
          </h2>
          {view.led.length > 0 ? <ConversationSummaryList conversations={view.led} timeZone={view.timeZone} label={t("ledTitle")} /> : <p className="mt-2 text-stone-700">{t("ledEmpty")}</p>}
        </section>
      )}

      {view.withManager.length > 0 && (
        <section aria-labelledby="team-with-manager" className="mt-8">
          <h2 id="team-with-manager" className="text-lg font-semibold">
            {t("withManagerTitle")}
          </h2>
          <p className="mt-1 text-stone-700">{t("withManagerIntro")}</p>
          <ConversationSummaryList conversations={view.withManager} timeZone={view.timeZone} label={t("withManagerTitle")} />
        </section>
      )}

      {!hasTeam && view.withManager.length === 0 && view.led.length === 0 && <p className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">{t("empty")}</p>}
    </div>
  );
}
