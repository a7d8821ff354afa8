// No "server-only" marker: the job worker renders these emails outside Next.js (npm run worker).
import { createElement } from "react";
import { z } from "zod";
import NoticeEmail from "@/emails/notice";
import type { ComposedEmail, EmailTranslator, TemplateMap } from "@/lib/email/template-types";
import type { AppLocale } from "@/lib/i18n/config";
import { isSupportedTimeZone } from "@/lib/profiles/time-zones";
import { namedZone } from "@/lib/scheduling/time/viewer-time";
import { formatSessionWhen } from "@/lib/scheduling/email-format";

// The co-development session emails of the registry (lib/registry/email-templates.ts spreads them in). Their props
// say which session and when, never what the case is about: no title, question or anything the group
// wrote (SECURITY.md rule 13). The schema is strict, so a stored row with more than that fails to render.

const webUrl = z.url({ protocol: /^https?$/ });
const instant = z.iso.datetime({ offset: true });

const sessionFields = {
  /** The page the email points to (case, runner or feedback). */
  url: webUrl,
  /** The programme's name in the reader's language, worded when the email is written. */
  programmeName: z.string().min(1).max(200),
  groupNumber: z.int().min(1).max(100_000),
  startsAt: instant,
  endsAt: instant,
  /** The reader's own zone: the time in the email is on their clock. */
  timeZone: z.string().refine(isSupportedTimeZone),
  /** The organisation's zone: the email names the reader's zone only when it differs (README, "Times"). Absent in emails queued before it was added. */
  organizationTimeZone: z.string().refine(isSupportedTimeZone).optional(),
  place: z.string().max(300).nullable(),
};

export const codevCasePrepSchema = z.strictObject({ ...sessionFields, prepDays: z.int().min(1).max(60) });
export const codevCaseReadySchema = z.strictObject({ ...sessionFields, presenterName: z.string().min(1).max(200) });
export const codevCaseLateSchema = z.strictObject({ ...sessionFields, audience: z.enum(["presenter", "facilitator"]), presenterName: z.string().min(1).max(200) });
export const codevActionsReminderSchema = z.strictObject({ ...sessionFields, count: z.int().min(1).max(50) });
export const codevFeedbackSchema = z.strictObject(sessionFields);

export type CodevCasePrepProps = z.infer<typeof codevCasePrepSchema>;
export type CodevCaseReadyProps = z.infer<typeof codevCaseReadySchema>;
export type CodevCaseLateProps = z.infer<typeof codevCaseLateSchema>;
export type CodevActionsReminderProps = z.infer<typeof codevActionsReminderSchema>;
export type CodevFeedbackProps = z.infer<typeof codevFeedbackSchema>;
export type CodevSessionProps = z.infer<z.ZodObject<typeof sessionFields>>;

export type CodevTemplatePropsMap = {
  "codev-case-prep": CodevCasePrepProps;
  "codev-case-ready": CodevCaseReadyProps;
  "codev-case-late": CodevCaseLateProps;
  "codev-actions-reminder": CodevActionsReminderProps;
  "codev-feedback": CodevFeedbackProps;
};

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends CodevTemplatePropsMap {}
}

/** Every email has the same parts, each a message under emails.codevSessions.<key>. */
function compose(t: EmailTranslator, locale: AppLocale, key: string, props: CodevSessionProps, values: Record<string, string | number>): ComposedEmail {
  const when = formatSessionWhen({ startsAt: props.startsAt, endsAt: props.endsAt }, locale, props.timeZone);
  const sameClock = props.organizationTimeZone !== undefined && namedZone({ timeZone: props.timeZone, organizationTimeZone: props.organizationTimeZone }) === null;
  const all = { ...values, when, group: t("codevSessions.groupName", { number: props.groupNumber }), programme: props.programmeName };
  const details = [{ label: t("codevSessions.when"), value: when }];
  if (props.place) details.push({ label: t("codevSessions.place"), value: props.place });
  const copy = {
    preview: t(`codevSessions.${key}.preview`, all),
    heading: t(`codevSessions.${key}.heading`, all),
    paragraphs: [t(`codevSessions.${key}.intro`, all), t(`codevSessions.${key}.next`, all), ...(sameClock ? [] : [t("codevSessions.timeZoneNote", { timeZone: props.timeZone })])],
    details,
    button: t(`codevSessions.${key}.button`),
    common: { brand: t("common.brand"), tagline: t("common.tagline"), linkFallback: t("common.linkFallback"), footer: t("common.footer") },
  };
  return { subject: t(`codevSessions.${key}.subject`, all), element: createElement(NoticeEmail, { lang: locale, url: props.url, copy }), attachments: [] };
}

export const codevTemplates: TemplateMap<CodevTemplatePropsMap> = {
  "codev-case-prep": {
    schema: codevCasePrepSchema,
    compose: (t, raw, locale) => {
      const props = codevCasePrepSchema.parse(raw);
      return compose(t, locale, "casePrep", props, { days: props.prepDays });
    },
  },
  "codev-case-ready": {
    schema: codevCaseReadySchema,
    compose: (t, raw, locale) => {
      const props = codevCaseReadySchema.parse(raw);
      return compose(t, locale, "caseReady", props, { name: props.presenterName });
    },
  },
  "codev-case-late": {
    schema: codevCaseLateSchema,
    compose: (t, raw, locale) => {
      const props = codevCaseLateSchema.parse(raw);
      return compose(t, locale, `caseLate.${props.audience}`, props, { name: props.presenterName });
    },
  },
  "codev-actions-reminder": {
    schema: codevActionsReminderSchema,
    compose: (t, raw, locale) => {
      const props = codevActionsReminderSchema.parse(raw);
      return compose(t, locale, "actionsReminder", props, { count: props.count });
    },
  },
  "codev-feedback": {
    schema: codevFeedbackSchema,
    compose: (t, raw, locale) => compose(t, locale, "feedback", codevFeedbackSchema.parse(raw), {}),
  },
};

const fixtureSession: CodevSessionProps = {
  url: "http://localhost:3000/groups/00000000-0000-4000-8000-000000000000/sessions/00000000-0000-4000-8000-000000000001/case",
  programmeName: "Intervisie 2027",
  groupNumber: 2,
  startsAt: "2027-03-15T18:00:00.000Z",
  endsAt: "2027-03-15T20:00:00.000Z",
  timeZone: "Europe/Amsterdam",
  place: "Stadhuis, zaal 2",
};

export const codevEmailFixtures: CodevTemplatePropsMap = {
  "codev-case-prep": { ...fixtureSession, prepDays: 7 },
  "codev-case-ready": { ...fixtureSession, presenterName: "Ada Lovelace" },
  "codev-case-late": { ...fixtureSession, audience: "facilitator", presenterName: "Ada Lovelace" },
  "codev-actions-reminder": { ...fixtureSession, url: fixtureSession.url.replace(/case$/, "run"), count: 2 },
  "codev-feedback": { ...fixtureSession, url: fixtureSession.url.replace(/case$/, "feedback"), place: null },
};
