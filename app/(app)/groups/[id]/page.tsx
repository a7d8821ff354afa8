import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actorScopeOf } from "@/lib/auth/actor";
import { requirePageMember, type MemberContext } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getCaseView } from "@/lib/codevelopment/cases";
import { languageLabel, slotLabel } from "@/lib/codevelopment/core/formation-wording";
import { getGroupView, type GroupView } from "@/lib/codevelopment/groups/queries";
import { isLocale } from "@/lib/i18n/config";
import { getViewerClock } from "@/lib/scheduling/viewer-clock";
import { formatViewerTime } from "@/lib/scheduling/time/viewer-time";
import { uuidSegmentOrNotFound } from "@/lib/routing/segment";
import { loadOrNotFound } from "@/lib/auth/page";
import { RotationForm } from "./_components/rotation-form";
import { isSessionOver, SessionLinks, sessionLinksFor, type SessionLinkViewer } from "./_components/session-links";
import { SwapAnswerForm } from "./_components/swap-answer-form";
import { SwapRequestForm } from "./_components/swap-request-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("codevGroups"))("group.metaTitle") };
}

/** Only the group's members and facilitator get the page; for anyone else, admins too, it does not exist. */
function loadView(ctx: MemberContext, groupId: string): Promise<GroupView> {
  return loadOrNotFound(() => getGroupView(actorScopeOf(ctx), groupId));
}

const card = "rounded-lg border border-stone-200 bg-white p-4";

export default async function GroupPage({ params }: Props) {
  const ctx = await requirePageMember("sessions.view");
  const view = await loadView(ctx, uuidSegmentOrNotFound((await params).id));
  const at = now();
  // The coming session (or the one under way): its case is the one the group reads now.
  const current = view.sessions.find((session) => session.status !== "cancelled" && !isSessionOver(session, at)) ?? null;
  const currentCase = current && current.presenterId && current.presenterId !== view.me.membershipId ? await getCaseView(actorScopeOf(ctx), { groupId: view.id, sessionId: current.id }) : null;
  const viewer: SessionLinkViewer = {
    membershipId: view.me.membershipId,
    isFacilitator: view.me.role === "facilitator",
    canFacilitate: view.me.role === "facilitator" || view.rotating,
    currentSessionId: current?.id ?? null,
    currentCaseStatus: currentCase?.status ?? "none",
    at,
  };
  const [t, rawLocale] = await Promise.all([getTranslations("codevGroups"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  // The times rule (README): each session on the viewer's own clock, the zone named when it is not the organisation's.
  const clock = await getViewerClock(actorScopeOf(ctx), locale);
  const when = { format: (date: Date) => formatViewerTime(date, clock, "long") };
  const short = { format: (date: Date) => formatViewerTime(date, clock, "medium") };
  const nameOf = new Map(view.people.map((person) => [person.membershipId, person.name]));
  const name = (id: string | null) => (id ? (nameOf.get(id) ?? "") : t("group.noPresenter"));
  const participants = view.people.filter((person) => person.role === "participant");
  const open = view.sessions.filter((session) => session.open);
  const myTurns = open.filter((session) => session.presenterId === view.me.membershipId);
  const otherTurns = open.filter((session) => session.presenterId && session.presenterId !== view.me.membershipId);
  const list = new Intl.ListFormat(locale);
  const sessionAt = (date: Date) => short.format(date);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/groups" className="text-sm text-brand-700 underline">
        {t("group.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("group.title", { number: view.number })}</h1>
      <p className="mt-1 text-stone-700">{view.programmeName[locale]}</p>
      <p className="mt-1 text-sm text-stone-600">
        {t("group.meets", { slot: slotLabel(view.slot, t), zone: view.timeZone })} · {t("group.language", { language: languageLabel(view.language, locale) })}
      </p>

      <section aria-labelledby="group-members" className="mt-8">
        <h2 id="group-members" className="text-lg font-semibold">
          {t("group.membersTitle")}
        </h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {view.people.map((person) => (
            <li key={person.membershipId} className="min-w-0 rounded-lg border border-stone-200 bg-white px-4 py-3">
              <p className="break-words font-medium">
                {person.name}
                {person.membershipId === view.me.membershipId && <span className="font-normal text-stone-600"> ({t("group.you")})</span>}
              </p>
              <p className="text-sm text-stone-600">
                {person.role === "facilitator" ? t("group.facilitatorRole") : person.department || t("noDepartment")}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="group-sessions" className="mt-8">
        <h2 id="group-sessions" className="text-lg font-semibold">
          {t("group.sessionsTitle")}
        </h2>
        {view.sessions.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("group.sessionsNone")}</p>
        ) : (
          <ol className="mt-3 space-y-2">
            {view.sessions.map((session) => (
              <li key={session.id} className={`${card} ${session.status === "cancelled" ? "opacity-70" : ""}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p id={`session-${session.id}-when`} className="font-medium">
                    {when.format(session.startsAt)}
                  </p>
                  {session.status !== "scheduled" && <span className="rounded bg-stone-100 px-2 py-0.5 text-sm text-stone-800">{t(`group.status.${session.status}`)}</span>}
                </div>
                <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium text-stone-600">{t("group.presenter")}</dt>
                  <dd className="break-words">{name(session.presenterId)}</dd>
                  {view.rotating && session.status !== "cancelled" && (
                    <>
                      <dt className="font-medium text-stone-600">{t("group.facilitates")}</dt>
                      <dd className="break-words">{name(session.facilitatorId)}</dd>
                    </>
                  )}
                </dl>
                <SessionLinks
                  groupId={view.id}
                  sessionId={session.id}
                  links={sessionLinksFor(session, viewer)}
                  label={(key) => t(`group.links.${key}`)}
                  describedBy={`session-${session.id}-when`}
                />
              </li>
            ))}
          </ol>
        )}
        {view.repeated.length > 0 && (
          <p className="mt-3 rounded-md bg-amber-50 p-3 text-amber-900">{t("group.repeated", { names: list.format(view.repeated.map((id) => name(id))), count: view.repeated.length })}</p>
        )}
      </section>

      {view.canEditRotation && (
        <section aria-labelledby="group-rotation" className="mt-8">
          <h2 id="group-rotation" className="text-lg font-semibold">
            {t("group.rotation.title")}
          </h2>
          <p className="mt-1 max-w-2xl text-stone-700">{t("group.rotation.intro")}</p>
          {open.length === 0 ? (
            <p className="mt-2 text-stone-700">{t("group.rotation.none")}</p>
          ) : (
            <RotationForm
              key={open.map((session) => `${session.id}:${session.presenterId}`).join()}
              groupId={view.id}
              sessions={open.map((session) => ({ id: session.id, label: sessionAt(session.startsAt), presenterId: session.presenterId ?? "" }))}
              members={participants.map((person) => ({ membershipId: person.membershipId, name: person.name }))}
              fixedPresenters={view.sessions.filter((session) => !session.open && session.status !== "cancelled" && session.presenterId).map((session) => session.presenterId!)}
            />
          )}
        </section>
      )}

      {view.me.role === "participant" && (
        <section aria-labelledby="group-swap" className="mt-8">
          <h2 id="group-swap" className="text-lg font-semibold">
            {t("group.swap.title")}
          </h2>
          <p className="mt-1 max-w-2xl text-stone-700">{t("group.swap.intro")}</p>
          {view.swaps.incoming.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{t("group.swap.incomingTitle")}</h3>
              <ul className="mt-2 space-y-2">
                {view.swaps.incoming.map((swap) => (
                  <li key={swap.id} className={card}>
                    <SwapAnswerForm
                      groupId={view.id}
                      swapId={swap.id}
                      text={t("group.swap.incoming", { name: name(swap.requesterId), yours: sessionAt(swap.partnerSessionAt), theirs: sessionAt(swap.requesterSessionAt) })}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
          {view.swaps.outgoing.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{t("group.swap.outgoingTitle")}</h3>
              <ul className="mt-2 space-y-2">
                {view.swaps.outgoing.map((swap) => (
                  <li key={swap.id} className={card}>
                    {t("group.swap.outgoing", { name: name(swap.partnerId), yours: sessionAt(swap.requesterSessionAt), theirs: sessionAt(swap.partnerSessionAt) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {myTurns.length === 0 ? (
            <p className="mt-3 text-stone-700">{t("group.swap.noTurn")}</p>
          ) : otherTurns.length === 0 ? (
            <p className="mt-3 text-stone-700">{t("group.swap.noOthers")}</p>
          ) : (
            <SwapRequestForm
              groupId={view.id}
              myTurns={myTurns.map((session) => ({ sessionId: session.id, label: sessionAt(session.startsAt) }))}
              otherTurns={otherTurns.map((session) => ({ sessionId: session.id, label: t("group.swap.option", { name: name(session.presenterId), date: sessionAt(session.startsAt) }) }))}
            />
          )}
        </section>
      )}
    </div>
  );
}
