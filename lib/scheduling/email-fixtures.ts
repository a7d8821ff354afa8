import type { SessionEmailProps } from "./email-props";

/** A two-session series in Amsterdam across the change to summer time, for template tests and previews. */
export const sessionEmailFixture: SessionEmailProps = {
  url: "http://localhost:3000/sessions",
  title: "Intervisie groep Noord",
  organizationName: "Gemeente Rivierstad",
  timeZone: "Europe/Amsterdam",
  organizer: { name: "Anna de Vries", email: "anna@example.org" },
  attendees: [
    { name: "Björn Müller", email: "bjorn@example.org" },
    { name: "Eve Smith", email: "eve@example.org" },
  ],
  place: "Stadhuis, zaal 2",
  videoUrl: "https://meet.example.org/noord",
  stampedAt: "2026-03-01T10:00:00.000Z",
  sessions: [
    { uid: "11111111-1111-4111-8111-111111111111@kring", sequence: 0, startsAt: "2026-03-16T18:00:00.000Z", endsAt: "2026-03-16T19:30:00.000Z" },
    { uid: "22222222-2222-4222-8222-222222222222@kring", sequence: 0, startsAt: "2026-03-30T17:00:00.000Z", endsAt: "2026-03-30T18:30:00.000Z" },
  ],
};
