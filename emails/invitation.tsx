import { EmailButton, EmailLayout, EmailLinkFallback, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type InvitationEmailCopy = {
  preview: string;
  heading: string;
  intro: string;
  button: string;
  expiry: string;
  ignore: string;
  common: EmailCommonCopy;
};

export type InvitationEmailProps = { lang: string; url: string; copy: InvitationEmailCopy };

/**
 * An invitation to an organisation. The organisation and inviter names are already in the copy: the
 * registry chooses the sentence (with or without an inviter) and formats the expiry date for the locale.
 */
export default function InvitationEmail({ lang, url, copy }: InvitationEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
      <EmailLinkFallback label={copy.common.linkFallback} href={url} />
      <EmailParagraph muted>{copy.expiry}</EmailParagraph>
      <EmailParagraph muted>{copy.ignore}</EmailParagraph>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/invitations/preview-token",
  copy: {
    preview: "This invitation is valid until 14 March 2026.",
    heading: "You are invited to Acme Care",
    intro: "Grace Hopper invites you to join Acme Care on Kring, where managers take part in peer mentoring and co-development groups.",
    button: "Accept the invitation",
    expiry: "This invitation is valid until 14 March 2026. It is meant for you only and works only with this email address.",
    ignore: "Were you not expecting this invitation? Then you can ignore this email.",
    common: {
      brand: "Kring",
      tagline: "Peer mentoring and co-development for managers",
      linkFallback: "Is the button not working? Copy this link into your browser:",
      footer: "This is an automated message from Kring; replies to it are not read.",
    },
  },
} satisfies InvitationEmailProps;
