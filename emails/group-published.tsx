import { Section, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type GroupPublishedEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; intro: string; membersTitle: string; firstSession: string; next: string; button: string; common: EmailCommonCopy };
  /** The members' names, with the facilitator's line already worded ("Marco (facilitator)"). */
  members: string[];
};

/** Tells each member and the facilitator (each in their own language) which co-development group they are in. */
export default function GroupPublishedEmail({ lang, url, copy, members }: GroupPublishedEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      <Section style={{ borderLeft: "3px solid #116656", margin: "0 0 16px", paddingLeft: 12 }}>
        <Text style={{ fontSize: 14, fontWeight: 600, margin: "0 0 4px" }}>{copy.membersTitle}</Text>
        {members.map((name) => (
          <Text key={name} style={{ fontSize: 14, margin: "0 0 2px" }}>
            • {name}
          </Text>
        ))}
      </Section>
      <EmailParagraph>{copy.firstSession}</EmailParagraph>
      <EmailParagraph>{copy.next}</EmailParagraph>
      <EmailButton href={url}>{copy.button}</EmailButton>
    </EmailLayout>
  );
}

GroupPublishedEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/groups/00000000-0000-4000-8000-000000000000",
  copy: {
    preview: "You are in group 2 of Co-development 2027",
    heading: "Your co-development group",
    intro: "You are in group 2 of Co-development 2027.",
    membersTitle: "Your group:",
    firstSession: "The first session is on Monday 15 March 2027 at 09:00. The calendar invitation follows in a separate email.",
    next: "Everyone presents a case once; the group page shows who presents when.",
    button: "Open your group",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
  members: ["Ada Lovelace", "Grace Hopper", "Marco Dierickx (facilitator)"],
} satisfies GroupPublishedEmailProps;
