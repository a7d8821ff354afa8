import { createElement } from "react";
import { z } from "zod";
import MatchAcceptedEmail from "@/emails/match-accepted";
import MatchRequestEmail from "@/emails/match-request";
import type { EmailTranslator, TemplateDefinition } from "@/lib/email/templates";
import type { AppLocale } from "@/lib/i18n/config";

// The match-request email of the registry (lib/email/templates.ts spreads it in). The explanation
// sentences are worded in the mentor's language when the request is written, so the props carry text.
export const matchRequestSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  programmeName: z.string().min(1),
  deadline: z.iso.datetime({ offset: true }),
  mentees: z.array(z.object({ name: z.string().min(1), topics: z.string().nullable(), goals: z.string().nullable(), why: z.array(z.string()) })).min(1),
});

export type MatchRequestProps = z.infer<typeof matchRequestSchema>;
// Sent to both people of an accepted match; `role` is the reader's side, `otherName` the other person.
export const matchAcceptedSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  programmeName: z.string().min(1),
  role: z.enum(["mentor", "mentee"]),
  otherName: z.string().min(1),
});

export type MatchAcceptedProps = z.infer<typeof matchAcceptedSchema>;
export type MentoringTemplatePropsMap = { "match-request": MatchRequestProps; "match-accepted": MatchAcceptedProps };

function compose(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = matchRequestSchema.parse(rawProps);
  const deadline = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date(props.deadline));
  const values = { programme: props.programmeName, count: props.mentees.length, deadline, names: new Intl.ListFormat(locale).format(props.mentees.map((m) => m.name)) };
  const mentees = props.mentees.map((mentee) => ({
    name: mentee.name,
    details: [mentee.topics ? t("mentoring.request.topics", { topics: mentee.topics }) : null, mentee.goals ? t("mentoring.request.goals", { goals: mentee.goals }) : null].filter((line): line is string => line !== null),
    why: mentee.why,
  }));
  const copy = {
    preview: t("mentoring.request.preview", values),
    heading: t("mentoring.request.heading"),
    intro: t("mentoring.request.intro", values),
    why: t("mentoring.request.why"),
    button: t("mentoring.request.button"),
    common: { brand: t("common.brand"), tagline: t("common.tagline"), linkFallback: t("common.linkFallback"), footer: t("common.footer") },
  };
  return { subject: t("mentoring.request.subject", values), element: createElement(MatchRequestEmail, { lang: locale, url: props.url, copy, mentees }), attachments: [] };
}

function composeAccepted(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = matchAcceptedSchema.parse(rawProps);
  const values = { name: props.otherName, programme: props.programmeName };
  const copy = {
    preview: t(`mentoring.accepted.preview.${props.role}`, values),
    heading: t("mentoring.accepted.heading"),
    intro: t(`mentoring.accepted.intro.${props.role}`, values),
    next: t("mentoring.accepted.next"),
    button: t("mentoring.accepted.button"),
    common: { brand: t("common.brand"), tagline: t("common.tagline"), linkFallback: t("common.linkFallback"), footer: t("common.footer") },
  };
  return { subject: t(`mentoring.accepted.subject.${props.role}`, values), element: createElement(MatchAcceptedEmail, { lang: locale, url: props.url, copy }), attachments: [] };
}

export const mentoringTemplates: { "match-request": TemplateDefinition<MatchRequestProps>; "match-accepted": TemplateDefinition<MatchAcceptedProps> } = {
  "match-request": { schema: matchRequestSchema, compose },
  "match-accepted": { schema: matchAcceptedSchema, compose: composeAccepted },
};

export const matchRequestFixture: MatchRequestProps = {
  url: "http://localhost:3000/matches",
  programmeName: "Mentoring 2027",
  deadline: "2027-03-14T10:00:00.000Z",
  mentees: [{ name: "Ada Lovelace", topics: "finance, people", goals: "Lead my first team", why: ["Both work on finance"] }],
};

export const matchAcceptedFixture: MatchAcceptedProps = { url: "http://localhost:3000/matches", programmeName: "Mentoring 2027", role: "mentee", otherName: "Grace Hopper" };
