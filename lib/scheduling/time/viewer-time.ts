// The one rule for showing a time (README, "Times"): every time is shown on the viewer's own clock, and the
// zone is named when it differs from the organisation's. Pages, the runner, /sessions and the session
// emails format their times through these helpers, so that one person sees one time for one session.

/** Whose clock: the viewer's own zone (else the organisation's) and the organisation's. */
export type ViewerClock = { locale: string; timeZone: string; organizationTimeZone: string };

export type TimeStyle = "long" | "medium" | "date" | "time";

const styles: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  // "maandag 16 maart 2026 19:00": the pair's and the sessions' pages, and the emails.
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  // "16 mrt 2026 19:00": lists.
  medium: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  date: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
};

/** The zone to name after a time, or null when the viewer's clock is the organisation's. */
export function namedZone(clock: Pick<ViewerClock, "timeZone" | "organizationTimeZone">): string | null {
  return clock.timeZone === clock.organizationTimeZone ? null : clock.timeZone;
}

const withZone = (text: string, clock: ViewerClock) => {
  const zone = namedZone(clock);
  return zone ? `${text} (${zone})` : text;
};

/** One instant on the viewer's clock, with the zone named when it is not the organisation's. */
export function formatViewerTime(instant: Date, clock: ViewerClock, style: TimeStyle = "long"): string {
  return withZone(new Intl.DateTimeFormat(clock.locale, { ...styles[style], timeZone: clock.timeZone }).format(instant), clock);
}

/** A start and end ("maandag 16 maart 2026 19:00–20:30") on the viewer's clock, zone named as above. */
export function formatViewerRange(start: Date, end: Date, clock: ViewerClock, style: Exclude<TimeStyle, "date"> = "long"): string {
  return withZone(new Intl.DateTimeFormat(clock.locale, { ...styles[style], timeZone: clock.timeZone }).formatRange(start, end), clock);
}
