import { createElement, type FunctionComponent, type ReactElement } from "react";
import { z } from "zod";
import type { AppLocale } from "@/lib/i18n/config";
import type { EmailCommonCopy } from "@/emails/components/layout";
import InvitationEmail from "@/emails/invitation";
import MagicLinkEmail from "@/emails/magic-link";
import { sessionTemplates, type SessionTemplatePropsMap } from "@/lib/scheduling/email-templates";
import { mentoringTemplates, type MentoringTemplatePropsMap } from "@/lib/mentoring/email-template";
import { pairTemplates, type PairTemplatePropsMap } from "@/lib/mentoring/pair/email-templates";
import { insightsTemplates, type InsightsTemplatePropsMap } from "@/lib/insights/email-template";
import { codevTemplates, type CodevTemplatePropsMap } from "@/lib/codevelopment/notices/email-templates";
import { codevGroupTemplates, type CodevGroupTemplatePropsMap } from "@/lib/codevelopment/groups/email-templates";

/** Translates a key of the "emails" namespace (messages/<locale>/emails.json) with ICU values. */
export type EmailTranslator = (key: string, values?: Record<string, string | number>) => string;

/** A file sent with the message, such as a session's .ics invitation. A string is UTF-8 text. */
export type EmailAttachment = { filename: string; content: string | Buffer; contentType: string };

/** What a template yields for one recipient, before it is rendered to HTML and text. */
export type ComposedEmail = { subject: string; element: ReactElement; attachments: EmailAttachment[] };

type TemplateSpec<P, C extends object> = {
  /** Props are stored as JSON in email_messages and re-read by the worker: validate them on the way out. */
  schema: z.ZodType<P>;
  component: FunctionComponent<C>;
  subject: (t: EmailTranslator, props: P) => string;
  /** Everything the component shows, translated here so that templates read no data themselves. */
  componentProps: (t: EmailTranslator, props: P, locale: AppLocale) => C;
  attachments?: (t: EmailTranslator, props: P, locale: AppLocale) => EmailAttachment[];
};

/** The registry's view of a template: the component's own prop type is hidden behind `compose`. */
export type TemplateDefinition<P> = {
  schema: z.ZodType<P>;
  /** Validates stored props with the schema, then builds subject, element and attachments. */
  compose: (t: EmailTranslator, props: unknown, locale: AppLocale) => ComposedEmail;
};

function defineTemplate<P, C extends object>(spec: TemplateSpec<P, C>): TemplateDefinition<P> {
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

// Links in emails are only ever web links: a stored `javascript:` URL must never reach a button.
const webUrl = z.url({ protocol: /^https?$/ });

/** The sign-in link's lifetime as the email states it; Auth.js's email provider is configured to match. */
export const MAGIC_LINK_MINUTES = 15;

// Dates in emails are shown in the app's default zone (as lib/i18n/request.ts does for pages) until a
// template receives the recipient's own time zone in its props.
const EMAIL_TIME_ZONE = "Europe/Amsterdam";

function formatDate(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: EMAIL_TIME_ZONE }).format(new Date(iso));
}

function commonCopy(t: EmailTranslator): EmailCommonCopy {
  return { brand: t("common.brand"), tagline: t("common.tagline"), linkFallback: t("common.linkFallback"), footer: t("common.footer") };
}

const magicLinkSchema = z.object({ url: webUrl });

const invitationSchema = z.object({
  url: webUrl,
  organizationName: z.string().min(1),
  inviterName: z.string().min(1).nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** Every template's props; adding a template means a line here and an entry in `templates`. */
type TemplatePropsMap = {
  "magic-link": z.infer<typeof magicLinkSchema>;
  invitation: z.infer<typeof invitationSchema>;
} & SessionTemplatePropsMap &
  InsightsTemplatePropsMap &
  MentoringTemplatePropsMap &
  PairTemplatePropsMap &
  CodevGroupTemplatePropsMap &
  CodevTemplatePropsMap;

export type TemplateName = keyof TemplatePropsMap;
export type TemplateProps<T extends TemplateName> = TemplatePropsMap[T];

export const templates: { [K in TemplateName]: TemplateDefinition<TemplateProps<K>> } = {
  "magic-link": defineTemplate({
    schema: magicLinkSchema,
    component: MagicLinkEmail,
    subject: (t) => t("magicLink.subject"),
    componentProps: (t, props, locale) => ({
      lang: locale,
      url: props.url,
      copy: {
        preview: t("magicLink.preview", { minutes: MAGIC_LINK_MINUTES }),
        heading: t("magicLink.heading"),
        intro: t("magicLink.intro", { minutes: MAGIC_LINK_MINUTES }),
        button: t("magicLink.button"),
        ignore: t("magicLink.ignore"),
        common: commonCopy(t),
      },
    }),
  }),
  invitation: defineTemplate({
    schema: invitationSchema,
    component: InvitationEmail,
    subject: (t, { organizationName, inviterName }) =>
      inviterName ? t("invitation.subjectFromInviter", { organizationName, inviterName }) : t("invitation.subject", { organizationName }),
    componentProps: (t, props, locale) => {
      const { organizationName, inviterName } = props;
      const expiresAt = formatDate(props.expiresAt, locale);
      return {
        lang: locale,
        url: props.url,
        copy: {
          preview: t("invitation.preview", { expiresAt }),
          heading: t("invitation.heading", { organizationName }),
          intro: inviterName ? t("invitation.introFromInviter", { organizationName, inviterName }) : t("invitation.intro", { organizationName }),
          button: t("invitation.button"),
          expiry: t("invitation.expiry", { expiresAt }),
          ignore: t("invitation.ignore"),
          common: commonCopy(t),
        },
      };
    },
  }),
  // session-invitation, session-update, session-cancelled, session-reminder (lib/scheduling/email-templates.ts)
  ...sessionTemplates,
  // match-request, match-accepted (lib/mentoring/email-template.ts)
  ...mentoringTemplates,
  // match-ended, goal-due, rematch-requested (lib/mentoring/pair/email-templates.ts)
  ...pairTemplates,
  // insights-digest (lib/insights/email-template.ts)
  ...insightsTemplates,
  // group-published, group-turn-swap (lib/codevelopment/groups/email-templates.ts)
  ...codevGroupTemplates,
  // codev-case-prep, codev-case-ready, codev-case-late, codev-actions-reminder, codev-feedback (lib/codevelopment/notices/email-templates.ts)
  ...codevTemplates,
};

export const templateNames = Object.keys(templates) as TemplateName[];

export function isTemplateName(value: string): value is TemplateName {
  return Object.hasOwn(templates, value);
}
