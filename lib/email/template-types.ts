import type { ReactElement } from "react";
import type { z } from "zod";
import type { AppLocale } from "@/lib/i18n/config";

// What every email template and the code that sends one share. A leaf: it names no template. Each domain
// declares its own templates' props into `TemplatePropsMap` (declaration merging, see
// lib/mentoring/email-template.ts), and lib/registry/email-templates.ts composes the runtime map, so that
// lib/email sits below the domains instead of importing them all.

/** Translates a key of the "emails" namespace (messages/<locale>/emails.json) with ICU values. */
export type EmailTranslator = (key: string, values?: Record<string, string | number>) => string;

/** A file sent with the message, such as a session's .ics invitation. A string is UTF-8 text. */
export type EmailAttachment = { filename: string; content: string | Buffer; contentType: string };

/** What a template yields for one recipient, before it is rendered to HTML and text. */
export type ComposedEmail = { subject: string; element: ReactElement; attachments: EmailAttachment[] };

/** The registry's view of a template: the component's own prop type is hidden behind `compose`. */
export type TemplateDefinition<P> = {
  /** Props are stored as JSON in email_messages and re-read by the worker: validate them on the way out. */
  schema: z.ZodType<P>;
  /** Validates stored props with the schema, then builds subject, element and attachments. */
  compose: (t: EmailTranslator, props: unknown, locale: AppLocale) => ComposedEmail;
};

/**
 * Every template's props by name, filled in by the domains: a template module adds
 * `declare module "@/lib/email/template-types" { interface TemplatePropsMap extends ItsPropsMap {} }`.
 */
// It starts with no templates: Record<never, never> is the typed empty map, and the single-extends form is
// the one the lint config allows for declaration merging.
export interface TemplatePropsMap extends Record<never, never> {}

export type TemplateName = keyof TemplatePropsMap;
export type TemplateProps<T extends TemplateName> = TemplatePropsMap[T];

/** A map of templates as a domain exports it, and as the registry composes them all. */
export type TemplateMap<M> = { [K in keyof M]: TemplateDefinition<M[K]> };
export type TemplateRegistry = TemplateMap<TemplatePropsMap>;
