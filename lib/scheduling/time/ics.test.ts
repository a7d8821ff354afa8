import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl } from "./calendar-links";
import { buildIcs, escapeText, foldLine, icsContentType, type IcsEvent } from "./ics";
import { parseIcs } from "./ics.test-helper";

const stamp = new Date("2026-03-01T10:00:00Z");
const event = (extra: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "4c7d2f9e-1b7a-4a43-9f54-3f9e7a1c2b10@kring",
  sequence: 0,
  start: new Date("2026-03-16T18:00:00Z"),
  end: new Date("2026-03-16T19:30:00Z"),
  summary: "Intervisie: team Noord, ronde 1",
  description: "Bring one case; the link to the session page is below.\nSee you there",
  location: "Stadhuis; zaal 2, Rivierstad",
  url: "https://kring.example/sessions",
  status: "CONFIRMED",
  organizer: { name: "Anna de Vries", email: "anna@example.org" },
  attendees: [
    { name: "Björn Müller", email: "bjorn@example.org", partstat: "NEEDS-ACTION", rsvp: true },
    { name: 'Eve "Ops", London', email: "eve@example.org", partstat: "ACCEPTED", rsvp: false },
  ],
  ...extra,
});

describe("buildIcs", () => {
  it("writes a REQUEST that a calendar parser reads back field by field", () => {
    const ics = buildIcs({ method: "REQUEST", stamp, events: [event()] });
    const parsed = parseIcs(ics);
    expect(parsed.method).toBe("REQUEST");
    expect(parsed.events).toHaveLength(1);
    const [e] = parsed.events;
    expect(e).toMatchObject({
      uid: "4c7d2f9e-1b7a-4a43-9f54-3f9e7a1c2b10@kring",
      sequence: 0,
      dtstamp: "2026-03-01T10:00:00.000Z",
      start: "2026-03-16T18:00:00.000Z",
      end: "2026-03-16T19:30:00.000Z",
      summary: "Intervisie: team Noord, ronde 1",
      description: "Bring one case; the link to the session page is below.\nSee you there",
      location: "Stadhuis; zaal 2, Rivierstad",
      url: "https://kring.example/sessions",
      status: "CONFIRMED",
      organizer: { cn: "Anna de Vries", address: "mailto:anna@example.org" },
    });
    expect(e.attendees).toEqual([
      { cn: "Björn Müller", address: "mailto:bjorn@example.org", partstat: "NEEDS-ACTION", rsvp: "TRUE" },
      { cn: "Eve Ops, London", address: "mailto:eve@example.org", partstat: "ACCEPTED", rsvp: "FALSE" },
    ]);
  });

  it("an update keeps the UID and raises SEQUENCE; a cancellation says CANCEL and CANCELLED", () => {
    const first = parseIcs(buildIcs({ method: "REQUEST", stamp, events: [event()] })).events[0];
    const moved = parseIcs(buildIcs({ method: "REQUEST", stamp, events: [event({ sequence: 1, start: new Date("2026-03-17T18:00:00Z"), end: new Date("2026-03-17T19:30:00Z") })] })).events[0];
    const cancel = parseIcs(buildIcs({ method: "CANCEL", stamp, events: [event({ sequence: 2, status: "CANCELLED" })] }));
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.events[0]).toMatchObject({ uid: first.uid, sequence: 2, status: "CANCELLED" });
  });

  it("uses CRLF and folds every line at 75 octets without splitting a character", () => {
    const long = "Één lange titel met ë, ï en 🌍 ".repeat(8);
    const ics = buildIcs({ method: "PUBLISH", stamp, name: "Kring", events: [event({ summary: long })] });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\uFFFD");
    const parsed = parseIcs(ics);
    expect(parsed.events[0].summary).toBe(long);
    expect(parsed.name).toBe("Kring");
  });

  it("a feed has no METHOD; several events keep their own UIDs", () => {
    const parsed = parseIcs(buildIcs({ method: null, stamp, events: [event(), event({ uid: "other@kring", status: "CANCELLED" })] }));
    expect(parsed.method).toBeNull();
    expect(parsed.events.map((e) => [e.uid, e.status])).toEqual([
      ["4c7d2f9e-1b7a-4a43-9f54-3f9e7a1c2b10@kring", "CONFIRMED"],
      ["other@kring", "CANCELLED"],
    ]);
  });

  it("escapes text and refuses an address that could inject a line", () => {
    expect(escapeText("a\\b;c,d\r\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    expect(() => buildIcs({ method: "REQUEST", stamp, events: [event({ organizer: { name: "x", email: "a@b\r\nATTENDEE:evil" } })] })).toThrow(RangeError);
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("names the method in the MIME type", () => {
    expect(icsContentType("REQUEST")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(icsContentType(null)).toBe("text/calendar; charset=utf-8");
  });
});

describe("calendar links", () => {
  const linkEvent = { title: "Kring: ronde 1", start: new Date("2026-03-16T18:00:00Z"), end: new Date("2026-03-16T19:30:00Z"), location: "Zaal 2", details: "Tot dan" };

  it("Google Calendar gets UTC dates and the text fields", () => {
    const url = new URL(googleCalendarUrl(linkEvent));
    expect(url.origin).toBe("https://calendar.google.com");
    expect(Object.fromEntries(url.searchParams)).toEqual({ action: "TEMPLATE", text: "Kring: ronde 1", dates: "20260316T180000Z/20260316T193000Z", details: "Tot dan", location: "Zaal 2" });
  });

  it("Outlook gets ISO instants, on the work or the personal service", () => {
    const url = new URL(outlookCalendarUrl(linkEvent));
    expect(url.origin).toBe("https://outlook.office.com");
    expect(url.searchParams.get("startdt")).toBe("2026-03-16T18:00:00.000Z");
    expect(url.searchParams.get("enddt")).toBe("2026-03-16T19:30:00.000Z");
    expect(url.searchParams.get("subject")).toBe("Kring: ronde 1");
    expect(new URL(outlookCalendarUrl(linkEvent, "personal")).origin).toBe("https://outlook.live.com");
  });
});
