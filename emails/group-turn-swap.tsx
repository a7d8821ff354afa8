import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type GroupTurnSwapEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; intro: string; next: string; button: string; common: EmailCommonCopy };
};

/** Asks a group member (in their own language) whether they will swap presenting turns with another member. */
export default function GroupTurnSwapEmail({ lang, url, copy }: GroupTurnSwapEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <EmailParagraph>{copy.next}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

GroupTurnSwapEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/groups/00000000-0000-4000-8000-000000000000",
  copy: {
    preview: "Ada Lovelace asks to swap presenting turns",
    heading: "Swap presenting turns?",
    intro: "Ada Lovelace asks to swap turns in group 2: you would present on 5 April 2027 at 09:00 instead of 15 March 2027 at 09:00.",
    next: "Accept or decline on your group's page. Nothing changes until you accept.",
    button: "Answer on the group page",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
} satisfies GroupTurnSwapEmailProps;
