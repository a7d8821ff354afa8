import { EmailButton, EmailLayout, EmailLinkFallback, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type MagicLinkEmailCopy = {
  preview: string;
  heading: string;
  intro: string;
  button: string;
  ignore: string;
  common: EmailCommonCopy;
};

export type MagicLinkEmailProps = { lang: string; url: string; copy: MagicLinkEmailCopy };

/** The sign-in link. Every string arrives translated (lib/auth/email-templates.ts), so the template stays data-free. */
export default function MagicLinkEmail({ lang, url, copy }: MagicLinkEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
      <EmailLinkFallback label={copy.common.linkFallback} href={url} />
      <EmailParagraph muted>{copy.ignore}</EmailParagraph>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/api/auth/callback/email?token=preview&email=ada%40example.com",
  copy: {
    preview: "Sign in to Kring. The link is valid for 15 minutes.",
    heading: "Sign in to Kring",
    intro: "Use the button below to sign in. The link is valid for 15 minutes and works only once.",
    button: "Sign in",
    ignore: "Did you not ask for this email? Then you can ignore it: nobody can sign in without this link.",
    common: {
      brand: "Kring",
      tagline: "Peer mentoring and co-development for managers",
      linkFallback: "Is the button not working? Copy this link into your browser:",
      footer: "This is an automated message from Kring; replies to it are not read.",
    },
  },
} satisfies MagicLinkEmailProps;
