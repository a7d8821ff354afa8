import { SessionEmailBody, sessionPreviewProps, type SessionEmailProps } from "./components/session-email-body";

/** Sent when sessions move; the REQUEST .ics keeps each session's UID with a higher SEQUENCE. */
export default function SessionUpdateEmail(props: SessionEmailProps) {
  return <SessionEmailBody {...props} />;
}

SessionUpdateEmail.PreviewProps = sessionPreviewProps;
