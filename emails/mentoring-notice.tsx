import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type MentoringNoticeEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; paragraphs: string[]; button: string; common: EmailCommonCopy };
};

/**
 * The short mentoring notices (a reminder before a request's deadline, a mentee re-matched, no mentor left):
 * a few sentences and one button. Each reader's text is worded in their own language before it gets here.
 */
export default function MentoringNoticeEmail({ lang, url, copy }: MentoringNoticeEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      {copy.paragraphs.map((paragraph) => (
        <EmailParagraph key={paragraph}>{paragraph}</EmailParagraph>
      ))}
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

MentoringNoticeEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/matches",
  copy: {
    preview: "Ada Lovelace is waiting for your answer",
    heading: "A reminder about your match request",
    paragraphs: ["Please accept or decline before 14 March 2027."],
    button: "Answer the request",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
} satisfies MentoringNoticeEmailProps;
