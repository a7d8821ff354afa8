// A small RFC 5545 writer for Kring's own invitations (iTIP REQUEST and CANCEL, RFC 5546) and the private
// calendar feed. Times are written in UTC: every session is its own event with its own instant, so no
// VTIMEZONE is needed and no client can misread a zone (SECURITY.md rule 15).

export type IcsMethod = "REQUEST" | "CANCEL" | "PUBLISH";
export type IcsPartstat = "NEEDS-ACTION" | "ACCEPTED" | "DECLINED" | "TENTATIVE";
export type IcsPerson = { name: string; email: string };
export type IcsAttendee = IcsPerson & { partstat: IcsPartstat; rsvp: boolean };

export type IcsEvent = {
  /** Stable for the life of the session: calendars match updates and cancellations on it. */
  uid: string;
  /** Raised on every change, so that calendars replace the older copy. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: "CONFIRMED" | "CANCELLED";
  organizer: IcsPerson;
  attendees: IcsAttendee[];
};

export type IcsCalendar = {
  /** Null for a feed a calendar subscribes to (no iTIP method). */
  method: IcsMethod | null;
  /** When this copy was made (DTSTAMP); pass a stored time so that a re-rendered copy is identical. */
  stamp: Date;
  name?: string;
  events: IcsEvent[];
};

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** UTC date-time form: 20260316T180000Z. */
export function icsDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

/** TEXT values: backslash, semicolon and comma are escaped, line breaks become \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Parameter values cannot hold a double quote; anything with : ; or , must be quoted. */
function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, "").replace(/[\u0000-\u001f\u007f]/g, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function mailto(email: string): string {
  if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(email)) throw new RangeError(`Not an email address: "${email}"`);
  return `mailto:${email}`;
}

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space. It
 * counts UTF-8 bytes and never splits a character (an "é" or an emoji stays whole).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    const limit = out.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsDateTime(stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.status}`, "TRANSP:OPAQUE");
  lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer.email)}`);
  for (const a of event.attendees) {
    lines.push(`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${a.partstat};RSVP=${a.rsvp ? "TRUE" : "FALSE"};CN=${paramValue(a.name)}:${mailto(a.email)}`);
  }
  lines.push("END:VEVENT");
  return lines;
}

/** The whole calendar object, CRLF line endings and folded lines, ready to attach or serve. */
export function buildIcs(calendar: IcsCalendar): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kring//Kring sessions//EN", "CALSCALE:GREGORIAN"];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The MIME type that tells a mail client which iTIP method the attachment carries. */
export function icsContentType(method: IcsMethod | null): string {
  return method ? `text/calendar; charset=utf-8; method=${method}` : "text/calendar; charset=utf-8";
}
