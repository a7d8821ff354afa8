import { render } from "@react-email/render";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import type { EmailAttachment, EmailTranslator, TemplateName, TemplateProps, TemplateRegistry } from "./template-types";

export type RenderedEmail = { subject: string; html: string; text: string; attachments: EmailAttachment[] };

export type StoredEmail = { template: string; locale: AppLocale; props: unknown };

export type EmailRenderer = {
  /** Renders a template for one recipient in their language: subject, HTML, plain text and attachments. */
  renderEmail<T extends TemplateName>(template: T, locale: AppLocale, props: TemplateProps<T>): Promise<RenderedEmail>;
  /**
   * Renders a message as stored in email_messages, where the template is any string and the props are
   * JSON: both are checked against the registry, so that a stale or corrupt row fails loudly instead of
   * sending a broken email.
   */
  renderStoredEmail(message: StoredEmail): Promise<RenderedEmail>;
};

/** A renderer over the given templates (lib/registry/email-templates.ts passes all of them). */
export function createRenderer(templates: TemplateRegistry): EmailRenderer {
  const renderStoredEmail = async (message: StoredEmail): Promise<RenderedEmail> => {
    if (!Object.hasOwn(templates, message.template)) throw new Error(`Unknown email template "${message.template}"`);
    const t: EmailTranslator = getTranslator(message.locale, "emails");
    const { subject, element, attachments } = templates[message.template as TemplateName].compose(t, message.props, message.locale);
    // Both renders walk the same element tree independently; run them side by side.
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
    return { subject, html, text, attachments };
  };
  return { renderEmail: (template, locale, props) => renderStoredEmail({ template, locale, props }), renderStoredEmail };
}
