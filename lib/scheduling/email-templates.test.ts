import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/registry/email-templates";
import { sessionEmailFixture } from "./email-fixtures";
import { parseIcs } from "@/lib/scheduling/time/ics.test-helper";

const one = { ...sessionEmailFixture, sessions: sessionEmailFixture.sessions.slice(0, 1) };

describe("session emails", () => {
  it("an invitation shows the times on the recipient's clock and attaches one REQUEST per session", async () => {
    const email = await renderEmail("session-invitation", "nl", sessionEmailFixture);
    expect(email.subject).toBe("Uitnodiging: Intervisie groep Noord");
    expect(email.text).toContain("maandag 16 maart 2026");
    // 19:00 in Amsterdam on both sides of the change to summer time.
    expect(email.text).toMatch(/16 maart 2026.{0,6}19:00\s*[–-]\s*20:30/);
    expect(email.text).toMatch(/30 maart 2026.{0,6}19:00\s*[–-]\s*20:30/);
    expect(email.text).toContain("Europe/Amsterdam");
    expect(email.attachments.map((a) => a.filename)).toEqual(["kring-2026-03-16.ics", "kring-2026-03-30.ics"]);
    for (const [index, attachment] of email.attachments.entries()) {
      expect(attachment.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
      const ics = parseIcs(String(attachment.content));
      expect(ics.method).toBe("REQUEST");
      expect(ics.events).toHaveLength(1);
      expect(ics.events[0]).toMatchObject({
        uid: sessionEmailFixture.sessions[index].uid,
        sequence: 0,
        start: sessionEmailFixture.sessions[index].startsAt,
        end: sessionEmailFixture.sessions[index].endsAt,
        summary: "Intervisie groep Noord",
        location: "Stadhuis, zaal 2",
        url: "https://meet.example.org/noord",
        status: "CONFIRMED",
        dtstamp: "2026-03-01T10:00:00.000Z",
        organizer: { cn: "Anna de Vries", address: "mailto:anna@example.org" },
      });
      expect(ics.events[0].attendees.map((a) => [a.address, a.partstat, a.rsvp])).toEqual([
        ["mailto:bjorn@example.org", "NEEDS-ACTION", "TRUE"],
        ["mailto:eve@example.org", "NEEDS-ACTION", "TRUE"],
      ]);
    }
  });

  it("the same session reads in New York time for a recipient there, in English", async () => {
    const email = await renderEmail("session-invitation", "en", { ...one, timeZone: "America/New_York" });
    expect(email.text).toMatch(/Monday, March 16, 2026.{0,6}14:00\s*[–-]\s*15:30/);
    expect(email.text).toContain("America/New_York");
  });

  it("a cancellation attaches a CANCEL with STATUS:CANCELLED for the same UID", async () => {
    const email = await renderEmail("session-cancelled", "en", { ...one, sessions: [{ ...one.sessions[0], sequence: 3 }] });
    expect(email.subject).toMatch(/^Cancelled: Intervisie groep Noord, /);
    const [attachment] = email.attachments;
    expect(attachment.contentType).toContain("method=CANCEL");
    const ics = parseIcs(String(attachment.content));
    expect(ics.method).toBe("CANCEL");
    expect(ics.events[0]).toMatchObject({ uid: one.sessions[0].uid, sequence: 3, status: "CANCELLED" });
  });

  it("a reminder carries no file but links to Google Calendar and Outlook", async () => {
    const email = await renderEmail("session-reminder", "en", one);
    expect(email.attachments).toEqual([]);
    expect(email.html).toContain("https://calendar.google.com/calendar/render?action=TEMPLATE");
    expect(email.html).toContain("https://outlook.office.com/calendar/0/deeplink/compose");
  });

  it("an invitation to one session offers the calendar links as a fallback; one for a series does not", async () => {
    const single = await renderEmail("session-invitation", "nl", one);
    expect(single.html).toContain("https://calendar.google.com/calendar/render?action=TEMPLATE");
    const series = await renderEmail("session-invitation", "nl", sessionEmailFixture);
    expect(series.html).not.toContain("calendar.google.com");
  });

  it("a pair's meeting reads as theirs, in Dutch and English, never as 'a session of Stijn Hendriks & Anouk Smit'", async () => {
    const pair = { ...one, title: "Stijn Hendriks & Anouk Smit", organizer: { name: "Anouk Smit", email: "anouk@example.org" }, occasion: "pair" as const };
    const nl = await renderEmail("session-invitation", "nl", pair);
    expect(nl.subject).toMatch(/^Mentorgesprek gepland: maandag 16 maart 2026/);
    expect(nl.text).toContain("Anouk Smit heeft jullie mentorgesprek gepland.");
    expect(nl.text).not.toContain("sessie van");
    const en = await renderEmail("session-update", "en", pair);
    expect(en.text).toContain("Anouk Smit moved your mentoring meeting.");
    expect((await renderEmail("session-cancelled", "nl", pair)).text).toContain("Anouk Smit heeft jullie mentorgesprek afgezegd");
    expect((await renderEmail("session-reminder", "nl", pair)).subject).toMatch(/^Herinnering: jullie mentorgesprek, /);
  });

  it("names the recipient's zone only when it is not the organisation's", async () => {
    const home = await renderEmail("session-invitation", "nl", { ...one, organizationTimeZone: "Europe/Amsterdam" });
    expect(home.text).not.toContain("Europe/Amsterdam");
    const away = await renderEmail("session-invitation", "en", { ...one, timeZone: "America/New_York", organizationTimeZone: "Europe/Amsterdam" });
    expect(away.text).toMatch(/March 16, 2026.{0,6}14:00\s*[–-]\s*15:30/);
    expect(away.text).toContain("Times are in your time zone, America/New_York.");
  });
});
