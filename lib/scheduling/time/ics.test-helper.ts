import ICAL from "ical.js";

// Reads an .ics back with ical.js (Mozilla's parser, used by Thunderbird), so that the tests check what a
// real calendar client understands rather than what our writer meant to write.

export type ParsedIcsEvent = {
  uid: string;
  sequence: number;
  dtstamp: string;
  start: string;
  end: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  organizer: { cn: string; address: string };
  attendees: { cn: string; address: string; partstat: string; rsvp: string }[];
};

export type ParsedIcs = { method: string | null; name: string | null; events: ParsedIcsEvent[] };

function text(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

function instant(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  return value.toJSDate().toISOString();
}

function person(property: ICAL.Property) {
  return { cn: String(property.getParameter("cn") ?? ""), address: String(property.getFirstValue()) };
}

export function parseIcs(source: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(source));
  return {
    method: text(calendar, "method"),
    name: text(calendar, "x-wr-calname"),
    events: calendar.getAllSubcomponents("vevent").map((event) => {
      const organizer = event.getFirstProperty("organizer");
      if (!organizer) throw new Error("no ORGANIZER");
      return {
        uid: String(text(event, "uid")),
        sequence: Number(text(event, "sequence")),
        dtstamp: instant(event, "dtstamp"),
        start: instant(event, "dtstart"),
        end: instant(event, "dtend"),
        summary: String(text(event, "summary")),
        description: text(event, "description"),
        location: text(event, "location"),
        url: text(event, "url"),
        status: text(event, "status"),
        organizer: person(organizer),
        attendees: event.getAllProperties("attendee").map((a) => ({
          ...person(a),
          partstat: String(a.getParameter("partstat")),
          rsvp: String(a.getParameter("rsvp")),
        })),
      };
    }),
  };
}
