import { render } from "@react-email/render";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { isTemplateName, templates, type EmailAttachment, type EmailTranslator, type TemplateName, type TemplateProps } from "./templates";

export type RenderedEmail = { subject: string; html: string; text: string; attachments: EmailAttachment[] };

/** Renders a template for one recipient in their language: subject, HTML, plain text and attachments. */
export function renderEmail<T extends TemplateName>(template: T, locale: AppLocale, props: TemplateProps<T>): Promise<RenderedEmail> {
  return renderStoredEmail({ template, locale, props });
}

/**
 * Renders a message as stored in email_messages, where the template is any string and the props are JSON:
 * both are checked against the registry, so that a stale or corrupt row fails loudly instead of sending
 * a broken email.
 */
export async function renderStoredEmail(message: { template: string; locale: AppLocale; props: unknown }): Promise<RenderedEmail> {
  if (!isTemplateName(message.template)) throw new Error(`Unknown email template "${message.template}"`);
  const t: EmailTranslator = getTranslator(message.locale, "emails");
  const { subject, element, attachments } = templates[message.template].compose(t, message.props, message.locale);
  // Both renders walk the same element tree independently; run them side by side.
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text, attachments };
}
