import type { AppLocale } from "@/lib/i18n/config";
import { buildIcs, icsContentType, type IcsMethod } from "@/lib/scheduling/time/ics";
import type { EmailSession, SessionEmailProps } from "./email-props";
import { toZoned } from "@/lib/scheduling/time/zoned-time";

// Pure helpers of the session emails: times on the recipient's clock, and the .ics files they carry.

/** "Monday 16 March 2026, 19:00–20:30" in the recipient's language and zone (24-hour clock for both). */
export function formatSessionWhen(session: Pick<EmailSession, "startsAt" | "endsAt">, locale: AppLocale, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  return format.formatRange(new Date(session.startsAt), new Date(session.endsAt));
}

export type IcsAttachment = { filename: string; content: string; contentType: string };

/**
 * One calendar file per session: an iTIP message carries one event (one UID), so that Outlook and
 * Google apply each invitation, update and cancellation to the right entry.
 */
export function sessionIcsAttachments(props: SessionEmailProps, method: Exclude<IcsMethod, "PUBLISH">, description: string): IcsAttachment[] {
  const used = new Set<string>();
  return props.sessions.map((session, index) => {
    const date = toZoned(new Date(session.startsAt), props.timeZone).date;
    const filename = used.has(`kring-${date}.ics`) ? `kring-${date}-${index + 1}.ics` : `kring-${date}.ics`;
    used.add(filename);
    const content = buildIcs({
      method,
      stamp: new Date(props.stampedAt),
      events: [
        {
          uid: session.uid,
          sequence: session.sequence,
          start: new Date(session.startsAt),
          end: new Date(session.endsAt),
          summary: props.title,
          description,
          location: props.place ?? props.videoUrl ?? undefined,
          url: props.videoUrl ?? props.url,
          status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
          organizer: props.organizer,
          attendees: props.attendees.map((a) => ({ ...a, partstat: "NEEDS-ACTION" as const, rsvp: method === "REQUEST" })),
        },
      ],
    });
    return { filename, content, contentType: icsContentType(method) };
  });
}
