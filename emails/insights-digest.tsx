import { Heading, Link, Section, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailLinkFallback, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type InsightsDigestEmailProps = {
  lang: string;
  url: string;
  copy: {
    preview: string;
    heading: string;
    intro: string;
    sections: { title: string; items: { text: string; url: string; action: string }[]; more: string | null }[];
    button: string;
    common: EmailCommonCopy;
  };
};

/**
 * The weekly programme-health digest to an organisation's admins: what stalls, each item with a link to
 * where they act. Names and dates only; nothing anyone wrote (SECURITY.md rule 13).
 */
export default function InsightsDigestEmail({ lang, url, copy }: InsightsDigestEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      <EmailParagraph>{copy.intro}</EmailParagraph>
      {copy.sections.map((section) => (
        <Section key={section.title} style={{ margin: "0 0 16px" }}>
          <Heading as="h2" style={{ fontSize: 17, lineHeight: "24px", margin: "0 0 8px" }}>
            {section.title}
          </Heading>
          {section.items.map((item) => (
            <Text key={`${item.text}${item.url}`} style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 8px" }}>
              {item.text}
              <br />
              <Link href={item.url} style={{ color: "#116656", textDecoration: "underline" }}>
                {item.action}
              </Link>
            </Text>
          ))}
          {section.more && <EmailParagraph muted>{section.more}</EmailParagraph>}
        </Section>
      ))}
      <EmailButton href={url}>{copy.button}</EmailButton>
      <EmailLinkFallback label={copy.common.linkFallback} href={url} />
    </EmailLayout>
  );
}

InsightsDigestEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/admin/insights",
  copy: {
    preview: "Your weekly programme health overview for Gemeente Rivierstad",
    heading: "This week in your programmes",
    intro: "Here is what stalls in Gemeente Rivierstad right now.",
    sections: [
      {
        title: "Pairs with no session in 30 days",
        items: [{ text: "Ada Lovelace and Grace Hopper · Mentoring 2027 · last session 3 Feb 2027", url: "http://localhost:3000/admin/programmes/x/matching", action: "Open matching" }],
        more: null,
      },
    ],
    button: "Open insights",
    common: { brand: "Kring", tagline: "Mentoring and co-development", linkFallback: "Or open this link:", footer: "Sent by Kring." },
  },
} satisfies InsightsDigestEmailProps;
