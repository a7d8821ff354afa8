import { createElement } from "react";
import { z } from "zod";
import MatchRequestEmail from "@/emails/match-request";
import NoticeEmail from "@/emails/notice";
import type { EmailTranslator, TemplateMap } from "@/lib/email/template-types";
import { commonCopy } from "@/lib/email/define-template";
import type { AppLocale } from "@/lib/i18n/config";

// The match-request email of the registry (lib/registry/email-templates.ts spreads it in). The explanation
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

// To the mentor, once, before a request's deadline (lib/mentoring/sweep.ts).
export const matchReminderSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  programmeName: z.string().min(1),
  deadline: z.iso.datetime({ offset: true }),
  menteeNames: z.array(z.string().min(1)).min(1),
});
export type MatchReminderProps = z.infer<typeof matchReminderSchema>;

// To the mentee whose request was declined or ran out: who was asked next (rematched), that nobody is free
// (waiting), or, when they chose the mentor themselves, to choose again among new suggestions (chooseAgain).
export const matchRematchedSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  programmeName: z.string().min(1),
  cause: z.enum(["declined", "expired"]),
  outcome: z.enum(["rematched", "waiting", "chooseAgain"]),
  mentorName: z.string().min(1).nullable(),
});
export type MatchRematchedProps = z.infer<typeof matchRematchedSchema>;

// To the organisation's admins when a mentee has no mentor left after a decline or a passed deadline.
export const noMentorLeftSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  programmeName: z.string().min(1),
  cause: z.enum(["declined", "expired"]),
  menteeName: z.string().min(1),
});
export type NoMentorLeftProps = z.infer<typeof noMentorLeftSchema>;

export type MentoringTemplatePropsMap = {
  "match-request": MatchRequestProps;
  "match-accepted": MatchAcceptedProps;
  "match-reminder": MatchReminderProps;
  "match-rematched": MatchRematchedProps;
  "no-mentor-left": NoMentorLeftProps;
};

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends MentoringTemplatePropsMap {}
}


const longDate = (iso: string, locale: AppLocale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date(iso));

/** A notice: subject and copy keys under one prefix of "emails.mentoring", worded with the same values. */
function notice(t: EmailTranslator, locale: AppLocale, url: string, subject: string, copy: { preview: string; heading: string; paragraphs: string[]; button: string }) {
  return { subject, element: createElement(NoticeEmail, { lang: locale, url, copy: { ...copy, common: commonCopy(t) } }), attachments: [] };
}

function composeReminder(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = matchReminderSchema.parse(rawProps);
  const deadline = longDate(props.deadline, locale);
  const values = { programme: props.programmeName, deadline, count: props.menteeNames.length, names: new Intl.ListFormat(locale).format(props.menteeNames) };
  return notice(t, locale, props.url, t("mentoring.reminder.subject", values), {
    preview: t("mentoring.reminder.preview", values),
    heading: t("mentoring.reminder.heading"),
    paragraphs: [t("mentoring.reminder.intro", values), t("mentoring.reminder.deadline", values)],
    button: t("mentoring.reminder.button"),
  });
}

function composeRematched(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = matchRematchedSchema.parse(rawProps);
  const key = props.outcome;
  const values = { programme: props.programmeName, name: props.mentorName ?? "" };
  return notice(t, locale, props.url, t(`mentoring.${key}.subject`, values), {
    preview: t(`mentoring.${key}.preview`, values),
    heading: t(`mentoring.${key}.heading`),
    paragraphs: [t(`mentoring.${key}.intro.${props.cause}`, values), t(`mentoring.${key}.next`, values)],
    button: t(`mentoring.${key}.button`),
  });
}

function composeNoMentorLeft(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = noMentorLeftSchema.parse(rawProps);
  const values = { programme: props.programmeName, name: props.menteeName };
  return notice(t, locale, props.url, t("mentoring.noMentorLeft.subject", values), {
    preview: t("mentoring.noMentorLeft.preview", values),
    heading: t("mentoring.noMentorLeft.heading"),
    paragraphs: [t(`mentoring.noMentorLeft.intro.${props.cause}`, values), t("mentoring.noMentorLeft.next")],
    button: t("mentoring.noMentorLeft.button"),
  });
}

function compose(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = matchRequestSchema.parse(rawProps);
  const deadline = longDate(props.deadline, locale);
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
    common: commonCopy(t),
  };
  return { subject: t("mentoring.request.subject", values), element: createElement(MatchRequestEmail, { lang: locale, url: props.url, copy, mentees }), attachments: [] };
}

function composeAccepted(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = matchAcceptedSchema.parse(rawProps);
  const values = { name: props.otherName, programme: props.programmeName };
  const copy = {
    preview: t(`mentoring.accepted.preview.${props.role}`, values),
    heading: t("mentoring.accepted.heading"),
    paragraphs: [t(`mentoring.accepted.intro.${props.role}`, values), t("mentoring.accepted.next")],
    button: t("mentoring.accepted.button"),
    common: commonCopy(t),
  };
  return { subject: t(`mentoring.accepted.subject.${props.role}`, values), element: createElement(NoticeEmail, { lang: locale, url: props.url, copy }), attachments: [] };
}

export const mentoringTemplates: TemplateMap<MentoringTemplatePropsMap> = {
  "match-request": { schema: matchRequestSchema, compose },
  "match-accepted": { schema: matchAcceptedSchema, compose: composeAccepted },
  "match-reminder": { schema: matchReminderSchema, compose: composeReminder },
  "match-rematched": { schema: matchRematchedSchema, compose: composeRematched },
  "no-mentor-left": { schema: noMentorLeftSchema, compose: composeNoMentorLeft },
};

export const matchRequestFixture: MatchRequestProps = {
  url: "http://localhost:3000/matches",
  programmeName: "Mentoring 2027",
  deadline: "2027-03-14T10:00:00.000Z",
  mentees: [{ name: "Ada Lovelace", topics: "finance, people", goals: "Lead my first team", why: ["Both work on finance"] }],
};

export const matchAcceptedFixture: MatchAcceptedProps = { url: "http://localhost:3000/matches", programmeName: "Mentoring 2027", role: "mentee", otherName: "Grace Hopper" };

export const matchReminderFixture: MatchReminderProps = { url: "http://localhost:3000/matches", programmeName: "Mentoring 2027", deadline: "2027-03-14T10:00:00.000Z", menteeNames: ["Ada Lovelace"] };

export const matchRematchedFixture: MatchRematchedProps = { url: "http://localhost:3000/matches", programmeName: "Mentoring 2027", cause: "declined", outcome: "rematched", mentorName: "Grace Hopper" };

export const noMentorLeftFixture: NoMentorLeftProps = { url: "http://localhost:3000/admin/programmes", programmeName: "Mentoring 2027", cause: "expired", menteeName: "Ada Lovelace" };
