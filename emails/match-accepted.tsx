import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type MatchAcceptedEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; intro: string; next: string; button: string; common: EmailCommonCopy };
};

/** Tells mentor and mentee (each in their own language) that the mentor accepted the match. */
export default function MatchAcceptedEmail({ lang, url, copy }: MatchAcceptedEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <EmailParagraph>{copy.next}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

MatchAcceptedEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/matches",
  copy: {
    preview: "Grace Hopper is your mentor",
    heading: "Your match is on",
    intro: "Grace Hopper accepted to mentor you in Mentoring 2027.",
    next: "Plan your first conversation together.",
    button: "View your matches",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
} satisfies MatchAcceptedEmailProps;
