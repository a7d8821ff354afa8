import { SessionEmailBody, sessionPreviewProps, type SessionEmailProps } from "./components/session-email-body";

/** Sent when a session is cancelled; the CANCEL .ics takes it out of the calendar. */
export default function SessionCancelledEmail(props: SessionEmailProps) {
  return <SessionEmailBody {...props} />;
}

SessionCancelledEmail.PreviewProps = sessionPreviewProps;
