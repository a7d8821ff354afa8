import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { loadOrNotFound } from "@/lib/auth/page";
import { requirePageMember } from "@/lib/auth/session";
import { getConversationView, type ConversationView } from "@/lib/conversations/conversation-view";
import { runnerSteps } from "@/lib/conversations/core/conversation-steps";
import { isLocale } from "@/lib/i18n/config";
import { uuidParams } from "@/lib/routing/segment";
import { ConversationActionList } from "../_components/conversation-action-list";
import { dayFormatter } from "../_components/dates";
import { FromLastTimePanel } from "../_components/from-last-time";
import { ClosingForm } from "./_components/closing-form";
import { ConversationBoard, type BoardStep } from "./_components/conversation-board";
import { DiscardConversationDialog } from "./_components/discard-conversation-dialog";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conversations"))("metaTitle") };
}

const card = "rounded-lg border border-stone-200 bg-white p-4 sm:p-5";

/** What the two wrote at the closing step, once the conversation is closed; either ticks an action off. */
async function RecordView({ view }: { view: ConversationView }) {
  const [t, { dayOf }] = await Promise.all([getTranslations("conversations.record"), dayFormatter(view.timeZone)]);
  const record = view.record!;
  return (
    <section aria-labelledby="record-heading" className={card}>
      <h2 id="record-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {view.closedAt && <p className="mt-1 text-stone-700">{t("closedOn", { date: dayOf(view.closedAt) })}</p>}
      <h3 className="mt-4 font-medium">{t("agreements")}</h3>
      {record.agreements.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {record.agreements.map((a) => (
            <li key={a.id} className="break-words whitespace-pre-line">
              {a.body}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-stone-700">{t("noAgreements")}</p>
      )}
      <h3 className="mt-4 font-medium">{t("actions")}</h3>
      {record.actions.length > 0 ? <ConversationActionList actions={record.actions} meId={view.me.membershipId} timeZone={view.timeZone} /> : <p className="mt-1 text-stone-700">{t("noActions")}</p>}
    </section>
  );
}

/** Before the start: the day, what the other person was sent, and calling it off. */
async function NotStartedDetails({ view, locale }: { view: ConversationView; locale: "nl" | "en" }) {
  const [t, { day, dayOf }] = await Promise.all([getTranslations("conversations.run"), dayFormatter(view.timeZone)]);
  const preparation = view.guide.preparation?.[locale];
  return (
    <div className="mt-3 space-y-2">
      {view.plannedOn && <p className="font-medium">{t("plannedOn", { date: day(view.plannedOn) })}</p>}
      {view.announcedAt && <p className="text-stone-700">{t("announced", { name: view.leading ? view.other.name : view.me.name, date: dayOf(view.announcedAt) })}</p>}
      {view.announcedAt && preparation && (
        <details className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("preparation", { name: view.leading ? view.other.name : view.me.name })}</summary>
          <p className="mt-2 whitespace-pre-line text-stone-800">{preparation}</p>
        </details>
      )}
      <div className="pt-1">
        <DiscardConversationDialog conversationId={view.id} />
      </div>
    </div>
  );
}

/**
 * A guided conversation, for its two people only (anyone else, an admin included, gets the 404 page): step by
 * step while it runs, and its record once closed.
 */
export default async function ConversationPage({ params }: Props) {
  const ctx = await requirePageMember("conversations.hold");
  const { id } = await uuidParams(params);
  const view = await loadOrNotFound(() => getConversationView(actorScopeOf(ctx), id));
  const [t, rawLocale] = await Promise.all([getTranslations("conversations"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const steps: BoardStep[] = runnerSteps(view.guide).map((s) => ({ key: s.key, title: s.title[locale], prompts: s.prompts.map((p) => p[locale]), minutes: s.minutes, closing: s.closing }));
  const back = view.matchId ? { href: `/matches/${view.matchId}`, label: t("backToPair") } : { href: "/team", label: t("backToTeam") };
  const context = view.context === "pair" && view.programmeName ? t("context.pairWith", { programme: view.programmeName[locale] }) : t("context.team");
  const closed = view.status === "closed";
  const fromLastTime = view.fromLastTime ? <FromLastTimePanel last={view.fromLastTime} meId={view.me.membershipId} timeZone={view.timeZone} /> : null;
  const teamMemberName = view.context === "team" ? (view.leading ? view.other.name : view.me.name) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <Link href={back.href} className="text-sm text-brand-700 underline">
        {back.label}
      </Link>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="min-w-0 break-words text-2xl font-semibold">{view.guide.name[locale]}</h1>
        <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${closed ? "bg-stone-100 text-stone-800" : "bg-brand-50 text-brand-900"}`}>{t(`status.${view.status}`)}</span>
      </div>
      <p className="mt-1 text-stone-700">
        {t("with", { name: view.other.name })} · {context}
      </p>
      <div className="mt-6">
        {closed ? (
          <RecordView view={view} />
        ) : (
          <ConversationBoard
            conversationId={view.id}
            steps={steps}
            clock={view.clock}
            serverNow={view.serverNow}
            fromLastTime={fromLastTime}
            notStartedDetails={<NotStartedDetails view={view} locale={locale} />}
            closingForm={<ClosingForm conversationId={view.id} me={view.me} other={view.other} today={view.today} emailsActionsTo={teamMemberName && view.leading ? teamMemberName : null} />}
          />
        )}
      </div>
    </div>
  );
}
