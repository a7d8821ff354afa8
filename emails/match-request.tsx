import { Section, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type MatchRequestMentee = { name: string; details: string[]; why: string[] };

export type MatchRequestEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; intro: string; why: string; button: string; common: EmailCommonCopy };
  mentees: MatchRequestMentee[];
};

/** Asks a mentor to accept or decline the mentees a published round gave them. */
export default function MatchRequestEmail({ lang, url, copy, mentees }: MatchRequestEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      {mentees.map((mentee) => (
        <Section key={mentee.name} style={{ borderLeft: "3px solid #116656", margin: "0 0 16px", paddingLeft: 12 }}>
          <Text style={{ fontSize: 16, fontWeight: 600, margin: "0 0 4px" }}>{mentee.name}</Text>
          {mentee.details.map((line) => (
            <Text key={line} style={{ fontSize: 14, margin: "0 0 4px" }}>{line}</Text>
          ))}
          <Text style={{ fontSize: 14, fontWeight: 600, margin: "8px 0 4px" }}>{copy.why}</Text>
          {mentee.why.map((line) => (
            <Text key={line} style={{ fontSize: 14, margin: "0 0 2px" }}>• {line}</Text>
          ))}
        </Section>
      ))}
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

MatchRequestEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/matches",
  copy: {
    preview: "A colleague asks you as mentor",
    heading: "You have been matched as a mentor",
    intro: "Please accept or decline.",
    why: "Why you two:",
    button: "Answer the request",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
  mentees: [{ name: "Ada Lovelace", details: ["Topics: finance"], why: ["Both work on finance"] }],
} satisfies MatchRequestEmailProps;
