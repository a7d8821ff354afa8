import { Section, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailLinkFallback, EmailParagraph, type EmailCommonCopy } from "./components/layout";

export type CodevNoticeEmailProps = {
  lang: string;
  url: string;
  copy: {
    preview: string;
    heading: string;
    paragraphs: string[];
    /** The session's time on the reader's clock, and where it is. */
    details: { label: string; value: string }[];
    button: string;
    common: EmailCommonCopy;
  };
};

/**
 * The co-development session notices (prepare your case, the case is ready, the case is late, your actions,
 * your feedback): a few sentences, when and where, and one link. Never the case itself (SECURITY.md rule 13):
 * the group reads it in Kring, behind its sign-in.
 */
export default function CodevNoticeEmail({ lang, url, copy }: CodevNoticeEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} heading={copy.heading} common={copy.common}>
      {copy.paragraphs.map((paragraph) => (
        <EmailParagraph key={paragraph}>{paragraph}</EmailParagraph>
      ))}
      {copy.details.length > 0 && (
        <Section style={{ backgroundColor: "#f9fafb", borderRadius: 6, margin: "0 0 16px", padding: "12px 16px" }}>
          {copy.details.map((detail) => (
            <Text key={detail.label} style={{ fontSize: 15, lineHeight: "22px", margin: "0 0 4px" }}>
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

CodevNoticeEmail.PreviewProps = {
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
} satisfies CodevNoticeEmailProps;
