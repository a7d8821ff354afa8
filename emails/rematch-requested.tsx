import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type RematchRequestedEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; intro: string; next: string; button: string; common: EmailCommonCopy };
};

/** Tells the organisation's admins that someone asked for a new match; never what they wrote about it. */
export default function RematchRequestedEmail({ lang, url, copy }: RematchRequestedEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <EmailParagraph>{copy.next}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

RematchRequestedEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/admin/programmes/00000000-0000-4000-8000-000000000000/matching",
  copy: {
    preview: "Ada Lovelace asks for a new match in Mentoring 2027",
    heading: "A new match is requested",
    intro: "After the first meeting, Ada Lovelace answered that the pairing in Mentoring 2027 is not a good fit, and asks for a new match.",
    next: "Look at the programme's matching and get in touch with the people involved.",
    button: "Open the matching",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
} satisfies RematchRequestedEmailProps;
