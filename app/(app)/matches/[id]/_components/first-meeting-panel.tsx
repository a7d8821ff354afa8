import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { PairView } from "@/lib/mentoring/pair/queries";
import { FIRST_MEETING_MINUTES } from "@/lib/mentoring/pair/first-meeting";
import { PAIR_MEETING_DURATIONS, pairAttendanceValues } from "@/lib/mentoring/schemas";
import { formatViewerRange, type ViewerClock } from "@/lib/scheduling/time/viewer-time";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { AttendanceForm } from "./attendance-form";
import { MeetingTimeForm } from "./meeting-time-form";
import { AcceptProposalButton, CancelMeetingButton } from "./meeting-buttons";
import { SlotPicker } from "./slot-picker";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";
const card = "rounded-lg border border-stone-200 bg-white p-4";
const disclosure = "mt-3 rounded-md border border-stone-200 bg-stone-50 px-3 py-2";
const summary = "cursor-pointer text-sm font-medium text-brand-700";

/**
 * The pair's meetings: those to come (move, cancel), a time one of them proposed (accept, or suggest
 * another), the times that suit both for a first meeting, a time of their own, and who came to the
 * meetings that started. Every time is on the viewer's clock, the zone named after it when it is not the
 * organisation's (README, "Times").
 */
export async function FirstMeetingPanel({ view }: { view: PairView }) {
  const [t, locale] = await Promise.all([getTranslations("pair.meeting"), getLocale()]);
  const clock: ViewerClock = { locale, timeZone: view.timeZone, organizationTimeZone: view.organizationTimeZone };
  const when = (start: Date, end: Date) => formatViewerRange(start, end, clock);
  const ongoing = view.status === "accepted";
  const bothAvailable = view.me.hasAvailability && view.other.hasAvailability;
  const people = [view.me, view.other];

  const availability = !bothAvailable ? (
    <div className="space-y-2 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">
      {!view.me.hasAvailability && <p>{t("noAvailabilityMe")}</p>}
      {!view.other.hasAvailability && <p>{t("noAvailabilityOther", { name: view.other.name })}</p>}
      <p>
        <Link href="/profile" className={linkClass}>
          {t("profileLink")}
        </Link>
      </p>
    </div>
  ) : (
    <p className="text-stone-700" data-testid="pair-common-hours">
      {view.commonHours === 0 ? t("noCommonTime") : t("commonHours", { count: view.commonHours })}
    </p>
  );

  return (
    <section aria-labelledby="pair-meeting" className="mt-8">
      <h2 id="pair-meeting" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>

      {view.upcoming.length > 0 && (
        <ul aria-label={t("upcomingLabel")} className="space-y-3">
          {view.upcoming.map((meeting) => {
            const label = when(meeting.startsAt, meeting.endsAt);
            const local = toZoned(meeting.startsAt, view.timeZone);
            return (
              <li key={meeting.id} className={card}>
                <p className="font-medium">
                  <time dateTime={meeting.startsAt.toISOString()}>{label}</time>
                </p>
                <p className="mt-1 text-sm text-stone-700">{t("plannedHint")}</p>
                {ongoing && (
                  <>
                    <details className={disclosure}>
                      <summary className={summary}>{t("move.open")}</summary>
                      <MeetingTimeForm matchId={view.matchId} timeZone={view.timeZone} durations={PAIR_MEETING_DURATIONS} sessionId={meeting.id} mode="move" defaults={{ date: local.date, time: local.time }} />
                    </details>
                    <div className="mt-3">
                      <CancelMeetingButton matchId={view.matchId} sessionId={meeting.id} when={label} />
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {view.upcoming.length > 0 && (
        <Link href="/sessions" className={`mt-2 inline-block text-sm ${linkClass}`}>
          {t("sessionsLink")}
        </Link>
      )}

      {ongoing && view.proposal && (
        <div className={`mt-4 ${card}`} data-testid="pair-proposal">
          {view.proposal.proposedByMe ? (
            <p>{t("proposal.mine", { when: when(view.proposal.startsAt, view.proposal.endsAt), name: view.other.name })}</p>
          ) : (
            <>
              <p className="font-medium">{t("proposal.theirs", { name: view.proposal.proposerName, when: when(view.proposal.startsAt, view.proposal.endsAt) })}</p>
              <AcceptProposalButton matchId={view.matchId} proposalId={view.proposal.id} when={when(view.proposal.startsAt, view.proposal.endsAt)} />
              <details className={disclosure}>
                <summary className={summary}>{t("proposal.counter")}</summary>
                <MeetingTimeForm matchId={view.matchId} timeZone={view.timeZone} durations={PAIR_MEETING_DURATIONS} mode="counter" />
              </details>
            </>
          )}
        </div>
      )}

      {view.status === "ended" && view.upcoming.length === 0 && view.past.length === 0 && <p className="text-stone-700">{t("noneAfterEnd")}</p>}

      {ongoing && (
        <div className="mt-4">
          {availability}
          {!view.meeting && view.slots.length > 0 && !view.proposal && (
            <>
              <p className="mt-2 text-stone-700">{t("intro")}</p>
              <p className="mt-1 text-sm text-stone-600">{t("duration", { minutes: FIRST_MEETING_MINUTES })}</p>
              <SlotPicker matchId={view.matchId} slots={view.slots.map((startsAt) => ({ startsAt, label: when(new Date(startsAt), new Date(new Date(startsAt).getTime() + FIRST_MEETING_MINUTES * 60_000)) }))} />
            </>
          )}
          {!(view.proposal && !view.proposal.proposedByMe) && (
            <details className={disclosure} open={bothAvailable && view.commonHours === 0 && !view.meeting && !view.proposal}>
              <summary className={summary}>{view.proposal ? t("proposal.another") : t("proposal.open")}</summary>
              <p className="mt-2 text-sm text-stone-700">{t("proposal.intro", { name: view.other.name })}</p>
              <MeetingTimeForm matchId={view.matchId} timeZone={view.timeZone} durations={PAIR_MEETING_DURATIONS} mode="propose" />
            </details>
          )}
        </div>
      )}

      {view.past.length > 0 && (
        <div className="mt-6">
          <h3 className="font-medium">{t("attendance.title")}</h3>
          <p className="mt-1 text-sm text-stone-700">{t("attendance.intro")}</p>
          <ul className="mt-3 space-y-3">
            {view.past.map((meeting) => (
              <li key={meeting.id} className={card}>
                <p className="font-medium">
                  <time dateTime={meeting.startsAt.toISOString()}>{when(meeting.startsAt, meeting.endsAt)}</time>
                </p>
                <div className="mt-3 space-y-3">
                  {people.map((person) => (
                    <AttendanceForm
                      key={person.membershipId}
                      matchId={view.matchId}
                      sessionId={meeting.id}
                      values={pairAttendanceValues}
                      person={{ membershipId: person.membershipId, name: person.membershipId === view.me.membershipId ? t("attendance.you", { name: person.name }) : person.name, attendance: meeting.attendance[person.membershipId] ?? "invited" }}
                    />
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
