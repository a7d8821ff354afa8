import { Link, Section, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailLinkFallback, EmailParagraph, type EmailCommonCopy } from "./layout";

/** A labelled fact of a session (place, video link); a web link is shown as a link. */
export type SessionEmailDetail = { label: string; value: string; href?: string };

/** Everything a session email shows, already translated and with times on the recipient's clock. */
export type SessionEmailCopy = {
  preview: string;
  heading: string;
  intro: string;
  /** One line per session: "Monday 16 March 2026, 19:00–20:30". */
  sessions: string[];
  /** Null when the recipient's zone is the organisation's (the times rule in the README). */
  timeZoneNote: string | null;
  details: SessionEmailDetail[];
  button: string;
  /** Says what the attached calendar files do; null when nothing is attached. */
  attachmentNote: string | null;
  calendarLinks: { label: string; href: string }[];
  common: EmailCommonCopy;
};

export type SessionEmailProps = { lang: string; url: string; copy: SessionEmailCopy };

const muted = "#4b5563";

/** The body that the four session emails (invitation, update, cancellation, reminder) share. */
export function SessionEmailBody({ lang, url, copy }: SessionEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <Section style={{ backgroundColor: "#f9fafb", borderRadius: 6, margin: "0 0 16px", padding: "12px 16px" }}>
        {copy.sessions.map((line) => (
          <Text key={line} style={{ fontSize: 16, fontWeight: 600, lineHeight: "24px", margin: "0 0 4px" }}>
            {line}
          </Text>
        ))}
        {copy.timeZoneNote && <Text style={{ color: muted, fontSize: 13, lineHeight: "20px", margin: "4px 0 0" }}>{copy.timeZoneNote}</Text>}
      </Section>
      {copy.details.map((detail) => (
        <Text key={detail.label} style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 8px" }}>
          <span style={{ color: muted }}>{detail.label}: </span>
          {detail.href ? (
            <Link href={detail.href} style={{ color: "#116656", textDecoration: "underline", wordBreak: "break-all" }}>
              {detail.value}
            </Link>
          ) : (
            detail.value
          )}
        </Text>
      ))}
      <EmailButton href={url}>{copy.button}</EmailButton>
      {copy.calendarLinks.length > 0 && (
        <Text style={{ fontSize: 14, lineHeight: "22px", margin: "0 0 16px" }}>
          {copy.calendarLinks.map((link, index) => (
            <span key={link.href}>
              {index > 0 && " · "}
              <Link href={link.href} style={{ color: "#116656", textDecoration: "underline" }}>
                {link.label}
              </Link>
            </span>
          ))}
        </Text>
      )}
      {copy.attachmentNote && <EmailParagraph muted>{copy.attachmentNote}</EmailParagraph>}
      <EmailLinkFallback label={copy.common.linkFallback} href={url} />
    </EmailLayout>
  );
}

const common: EmailCommonCopy = {
  brand: "Kring",
  tagline: "Peer mentoring and co-development for managers",
  linkFallback: "Is the button not working? Copy this link into your browser:",
  footer: "This is an automated message from Kring; replies to it are not read.",
};

/** Shared fixture for the previews of `email dev`; each template changes the wording. */
export const sessionPreviewProps: SessionEmailProps = {
  lang: "en",
  url: "http://localhost:3000/sessions",
  copy: {
    preview: "Monday 16 March 2026, 19:00–20:30",
    heading: "You are invited: Intervision group North",
    intro: "Anna de Vries planned 2 sessions of Intervision group North for you, Björn and Eve.",
    sessions: ["Monday 16 March 2026, 19:00–20:30", "Monday 30 March 2026, 19:00–20:30"],
    timeZoneNote: "Times are in your time zone, Europe/Amsterdam.",
    details: [
      { label: "Place", value: "Town hall, room 2" },
      { label: "Video link", value: "https://meet.example.org/north", href: "https://meet.example.org/north" },
    ],
    button: "See your sessions",
    attachmentNote: "The calendar invitations are attached, one file per session: open them to add the sessions to your calendar.",
    calendarLinks: [],
    common,
  },
};
