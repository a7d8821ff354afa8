import { SessionEmailBody, sessionPreviewProps, type SessionEmailProps } from "./components/session-email-body";

/** Sent the day before a session, with links to add it to Google Calendar or Outlook. */
export default function SessionReminderEmail(props: SessionEmailProps) {
  return <SessionEmailBody {...props} />;
}

SessionReminderEmail.PreviewProps = sessionPreviewProps;
