import type { ReactNode } from "react";
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";

// Inline styles only: many mail clients (Outlook, Gmail apps) drop <style> blocks and classes.
const colors = { brand: "#116656", text: "#1f2937", muted: "#4b5563", border: "#e5e7eb", page: "#f3f4f6" };
const fontFamily = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** The strings every message shares, from the "emails.common" messages. */
export type EmailCommonCopy = { brand: string; tagline: string; linkFallback: string; footer: string };

export type EmailLayoutProps = {
  /** The message's language, so that screen readers pronounce it correctly. */
  lang: string;
  preview: string;
  heading: string;
  common: EmailCommonCopy;
  children: ReactNode;
};

export function EmailLayout({ lang, preview, heading, common, children }: EmailLayoutProps) {
  return (
    <Html lang={lang} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.page, color: colors.text, fontFamily, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", border: `1px solid ${colors.border}`, borderRadius: 8, maxWidth: 560, padding: "32px 28px" }}>
          <Section>
            <Text style={{ color: colors.brand, fontSize: 22, fontWeight: 700, letterSpacing: "-0.01em", lineHeight: "28px", margin: 0 }}>{common.brand}</Text>
            <Text style={{ color: colors.muted, fontSize: 13, lineHeight: "18px", margin: "2px 0 0" }}>{common.tagline}</Text>
          </Section>
          <Hr style={{ borderColor: colors.border, margin: "20px 0" }} />
          <Heading as="h1" style={{ fontSize: 22, lineHeight: "30px", margin: "0 0 16px" }}>
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: colors.border, margin: "28px 0 16px" }} />
          <Text style={{ color: colors.muted, fontSize: 12, lineHeight: "18px", margin: 0 }}>{common.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailParagraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <Text style={{ color: muted ? colors.muted : colors.text, fontSize: muted ? 14 : 16, lineHeight: muted ? "22px" : "26px", margin: "0 0 16px" }}>{children}</Text>;
}

/** The one call to action of a message. */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button
        href={href}
        style={{ backgroundColor: colors.brand, borderRadius: 6, color: "#ffffff", display: "inline-block", fontSize: 16, fontWeight: 600, padding: "12px 22px", textDecoration: "none" }}
      >
        {children}
      </Button>
    </Section>
  );
}

/** The same link as plain text, for clients that block buttons and for copy and paste. */
export function EmailLinkFallback({ label, href }: { label: string; href: string }) {
  return (
    <Section style={{ margin: "0 0 16px" }}>
      <Text style={{ color: colors.muted, fontSize: 14, lineHeight: "22px", margin: "0 0 4px" }}>{label}</Text>
      <Text style={{ fontSize: 14, lineHeight: "22px", margin: 0, wordBreak: "break-all" }}>
        <Link href={href} style={{ color: colors.brand, textDecoration: "underline" }}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}
