import { createElement, type FunctionComponent } from "react";
import { z } from "zod";
import type { EmailCommonCopy } from "@/emails/components/layout";
import type { AppLocale } from "@/lib/i18n/config";
import type { EmailAttachment, EmailTranslator, TemplateDefinition } from "./template-types";

// Helpers for writing a template: the typed spec behind `compose`, the shared layout's copy, the link rule.

type TemplateSpec<P, C extends object> = {
  schema: z.ZodType<P>;
  component: FunctionComponent<C>;
  subject: (t: EmailTranslator, props: P) => string;
  /** Everything the component shows, translated here so that templates read no data themselves. */
  componentProps: (t: EmailTranslator, props: P, locale: AppLocale) => C;
  attachments?: (t: EmailTranslator, props: P, locale: AppLocale) => EmailAttachment[];
};

export function defineTemplate<P, C extends object>(spec: TemplateSpec<P, C>): TemplateDefinition<P> {
  return {
    schema: spec.schema,
    compose(t, rawProps, locale) {
      const props = spec.schema.parse(rawProps);
      return {
        subject: spec.subject(t, props),
        element: createElement(spec.component, spec.componentProps(t, props, locale)),
        attachments: spec.attachments?.(t, props, locale) ?? [],
      };
    },
  };
}

/** The layout's brand, tagline, link fallback and footer, in the reader's language. */
export function commonCopy(t: EmailTranslator): EmailCommonCopy {
  return { brand: t("common.brand"), tagline: t("common.tagline"), linkFallback: t("common.linkFallback"), footer: t("common.footer") };
}

/** Links in emails are only ever web links: a stored `javascript:` URL must never reach a button. */
export const webUrl = z.url({ protocol: /^https?$/ });
