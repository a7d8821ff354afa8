import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type MatchEndedEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; intro: string; next: string; button: string; common: EmailCommonCopy };
};

/** Tells both people of a pair, each in their own language, that the mentorship has ended. */
export default function MatchEndedEmail({ lang, url, copy }: MatchEndedEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <EmailParagraph>{copy.next}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

MatchEndedEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/matches/00000000-0000-4000-8000-000000000000",
  copy: {
    preview: "Grace Hopper ended your mentorship in Mentoring 2027",
    heading: "Your mentorship has ended",
    intro: "Grace Hopper ended your mentorship in Mentoring 2027.",
    next: "Your goals and notes stay in your pair's space, readable by the two of you. Take a moment for your closing reflection: what did you learn, and what do you take with you?",
    button: "Open your pair's space",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
} satisfies MatchEndedEmailProps;
