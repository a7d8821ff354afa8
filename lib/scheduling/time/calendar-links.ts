import { icsDateTime } from "./ics";

// "Add to my calendar" links for people who prefer a click over an .ics file. Both services take UTC
// instants, so the session's own zone needs no translation here.

export type CalendarLinkEvent = { title: string; start: Date; end: Date; details?: string; location?: string };

export function googleCalendarUrl(event: CalendarLinkEvent): string {
  const url = new URL("https://calendar.google.com/calendar/render");
  url.searchParams.set("action", "TEMPLATE");
  url.searchParams.set("text", event.title);
  url.searchParams.set("dates", `${icsDateTime(event.start)}/${icsDateTime(event.end)}`);
  if (event.details) url.searchParams.set("details", event.details);
  if (event.location) url.searchParams.set("location", event.location);
  return url.toString();
}

/** Outlook on the web: "personal" is outlook.live.com, "work" is Microsoft 365 (outlook.office.com). */
export function outlookCalendarUrl(event: CalendarLinkEvent, account: "personal" | "work" = "work"): string {
  const host = account === "work" ? "https://outlook.office.com" : "https://outlook.live.com";
  const url = new URL("/calendar/0/deeplink/compose", host);
  url.searchParams.set("path", "/calendar/action/compose");
  url.searchParams.set("rru", "addevent");
  url.searchParams.set("subject", event.title);
  url.searchParams.set("startdt", event.start.toISOString());
  url.searchParams.set("enddt", event.end.toISOString());
  if (event.details) url.searchParams.set("body", event.details);
  if (event.location) url.searchParams.set("location", event.location);
  return url.toString();
}
