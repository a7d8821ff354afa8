import { Section, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailLinkFallback, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type NoticeEmailProps = {
  lang: string;
  url: string;
  copy: {
    preview: string;
    heading: string;
    paragraphs: string[];
    /** Facts to show apart, such as a session's time on the reader's clock and where it is. */
    details?: { label: string; value: string }[];
    button: string;
    common: EmailCommonCopy;
  };
};

/**
 * Every short notice of Kring (a match accepted or ended, a reminder, a goal due, a turn swap, a case to
 * prepare or read, …): a few sentences, optional facts such as when and where, and one link. Each reader's
 * text is worded in their own language before it gets here. Never confidential content (SECURITY.md rule
 * 13): that is read in Kring, behind its sign-in.
 */
export default function NoticeEmail({ lang, url, copy }: NoticeEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      {copy.paragraphs.map((paragraph, index) => (
        <EmailParagraph key={`${index}-${paragraph}`}>{paragraph}</EmailParagraph>
      ))}
      {copy.details && copy.details.length > 0 && (
        <Section style={{ backgroundColor: "#f9fafb", borderRadius: 6, margin: "0 0 16px", padding: "12px 16px" }}>
          {copy.details.map((detail, index) => (
            <Text key={`${index}-${detail.label}`} style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 4px" }}>
              <span style={{ color: "#4b5563" }}>{detail.label}: </span>
              {detail.value}
            </Text>
          ))}
        </Section>
      )}
      <EmailButton href={url}>{copy.button}</EmailButton>
      <EmailLinkFallback label={copy.common.linkFallback} href={url} />
    </EmailLayout>
  );
}

NoticeEmail.PreviewProps = {
  lang: "en",
  url: "http://localhost:3000/groups/00000000-0000-4000-8000-000000000000/sessions/00000000-0000-4000-8000-000000000001/case",
  copy: {
    preview: "Your turn to bring a case on Monday 16 March 2026",
    heading: "Prepare your case",
    paragraphs: ["You bring the case at the next session of Group 1 (Intervision 2026). Write it down on one page, so that the group can prepare."],
    details: [{ label: "When", value: "Monday 16 March 2026, 19:00–21:00" }],
    button: "Write your case",
    common: { brand: "Kring", tagline: "Peer mentoring and co-development for managers", linkFallback: "Is the button not working? Copy this link into your browser:", footer: "Sent by Kring." },
  },
} satisfies NoticeEmailProps;
