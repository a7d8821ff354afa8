import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PairView } from "@/lib/mentoring/pair/queries";
import { FIRST_MEETING_MINUTES } from "@/lib/mentoring/pair/first-meeting";
import { SlotPicker } from "./slot-picker";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";

/** The pair's first meeting: planned (on the viewer's clock), or the times that suit both, or why there are none. */
export async function FirstMeetingPanel({ view }: { view: PairView }) {
  const [t, format] = await Promise.all([getTranslations("pair.meeting"), getFormatter()]);
  const { meeting, timeZone } = view;
  const when = (start: Date, end: Date) =>
    format.dateTimeRange(start, end, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  const profileLink = (
    <Link href="/profile" className={linkClass}>
      {t("profileLink")}
    </Link>
  );
  let body: React.ReactNode;
  if (meeting) {
    body = (
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <p className="font-medium">
          <time dateTime={meeting.startsAt.toISOString()}>{when(meeting.startsAt, meeting.endsAt)}</time>
        </p>
        <p className="mt-1 text-sm text-stone-700">{t("timeZoneNote", { timeZone })}</p>
        <p className="mt-2 text-sm text-stone-700">{t("plannedHint")}</p>
        <Link href="/sessions" className={`mt-2 inline-block text-sm ${linkClass}`}>
          {t("sessionsLink")}
        </Link>
      </div>
    );
  } else if (view.status === "ended") {
    body = <p className="text-stone-700">{t("noneAfterEnd")}</p>;
  } else if (!view.me.hasAvailability || !view.other.hasAvailability) {
    body = (
      <div className="space-y-2 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">
        {!view.me.hasAvailability && <p>{t("noAvailabilityMe")}</p>}
        {!view.other.hasAvailability && <p>{t("noAvailabilityOther", { name: view.other.name })}</p>}
        <p>{profileLink}</p>
      </div>
    );
  } else if (view.slots.length === 0) {
    body = (
      <div className="space-y-2 rounded-lg border border-dashed border-stone-300 bg-white p-4 text-stone-700">
        <p>{t("noCommonTime")}</p>
        <p>{profileLink}</p>
      </div>
    );
  } else {
    const slots = view.slots.map((startsAt) => {
      const start = new Date(startsAt);
      return { startsAt, label: when(start, new Date(start.getTime() + FIRST_MEETING_MINUTES * 60_000)) };
    });
    body = (
      <>
        <p className="text-stone-700">{t("intro")}</p>
        <p className="mt-1 text-sm text-stone-600">
          {t("duration", { minutes: FIRST_MEETING_MINUTES })} · {t("timeZoneNote", { timeZone })}
        </p>
        <SlotPicker matchId={view.matchId} slots={slots} />
      </>
    );
  }
  return (
    <section aria-labelledby="pair-meeting" className="mt-8">
      <h2 id="pair-meeting" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      {body}
    </section>
  );
}
