import { SessionEmailBody, sessionPreviewProps, type SessionEmailProps } from "./components/session-email-body";

/** Sent when a series is planned; every session's REQUEST .ics is attached by the registry. */
export default function SessionInvitationEmail(props: SessionEmailProps) {
  return <SessionEmailBody {...props} />;
}

SessionInvitationEmail.PreviewProps = sessionPreviewProps;
