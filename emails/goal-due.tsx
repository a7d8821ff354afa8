import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type GoalDueEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; intro: string; next: string; button: string; common: EmailCommonCopy };
};

/** Reminds both people of a pair that one of their goals is due; the goal itself stays in the app. */
export default function GoalDueEmail({ lang, url, copy }: GoalDueEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <EmailParagraph>{copy.next}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

GoalDueEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/matches/00000000-0000-4000-8000-000000000000",
  copy: {
    preview: "A goal you set with Grace Hopper is due on 14 March 2027",
    heading: "A goal is almost due",
    intro: "One of the goals you set with Grace Hopper in Mentoring 2027 is due on 14 March 2027.",
    next: "See where you stand together: update its progress, mark it done, or agree on a new date.",
    button: "View your goals",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
} satisfies GoalDueEmailProps;
