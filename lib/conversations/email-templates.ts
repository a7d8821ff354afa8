// No "server-only" marker: the job worker renders these emails outside Next.js (npm run worker).
import { createElement } from "react";
import { z } from "zod";
import NoticeEmail, { type NoticeEmailProps } from "@/emails/notice";
import { commonCopy, webUrl } from "@/lib/email/define-template";
import type { EmailTranslator, TemplateMap } from "@/lib/email/template-types";
import type { AppLocale } from "@/lib/i18n/config";
import { isPlainDate } from "@/lib/scheduling/time/local-date";
import { GUIDE_LIMITS } from "./schemas";

// The guided conversations' emails of the registry (lib/registry/email-templates.ts spreads them in), each in
// the reader's language, worded from messages under emails.conversations. The planned conversation's email
// carries the guide's preparation (the organisation's text, not the two people's). The actions email is the
// one email of Kring that carries what two people wrote: the issue asks for it, because a team member need
// not have an account to read them in; it goes to that team member only, and carries the actions, not the
// agreements or anything said in the steps.

const day = z.string().refine(isPlainDate);
const name = z.string().min(1).max(200);

export const conversationPlannedSchema = z.strictObject({
  url: webUrl,
  context: z.enum(["pair", "team"]),
  /** Who planned it, and the guide's name in the reader's language. */
  leadName: name,
  guideName: name,
  plannedOn: day.nullable(),
  /** The guide's preparation in the reader's language; none for a guide without one. */
  preparation: z.string().min(1).max(GUIDE_LIMITS.preparation).nullable(),
});

export const conversationActionsSchema = z.strictObject({
  url: webUrl,
  managerName: name,
  guideName: name,
  actions: z
    .array(z.strictObject({ description: z.string().min(1).max(GUIDE_LIMITS.action), owner: z.enum(["you", "manager"]).nullable(), dueDate: day.nullable() }))
    .min(1)
    .max(GUIDE_LIMITS.records),
});

/** A planned conversation the other person was told about, called off before it was held. */
export const conversationCalledOffSchema = z.strictObject({
  url: webUrl,
  context: z.enum(["pair", "team"]),
  name,
  guideName: name,
  plannedOn: day.nullable(),
});

export type ConversationPlannedProps = z.infer<typeof conversationPlannedSchema>;
export type ConversationCalledOffProps = z.infer<typeof conversationCalledOffSchema>;
export type ConversationActionsProps = z.infer<typeof conversationActionsSchema>;
export type ConversationTemplatePropsMap = {
  "conversation-planned": ConversationPlannedProps;
  "conversation-called-off": ConversationCalledOffProps;
  "conversation-actions": ConversationActionsProps;
};

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends ConversationTemplatePropsMap {}
}

/** A calendar day in the reader's language ("14 maart 2027"); the date has no zone, so it is read as UTC. */
function formatDay(date: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** The preparation as the admin wrote it: a paragraph per block of lines. */
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

function notice(t: EmailTranslator, locale: AppLocale, url: string, subject: string, copy: Omit<NoticeEmailProps["copy"], "common" | "button">, button = t("conversations.button")) {
  return {
    subject,
    element: createElement(NoticeEmail, { lang: locale, url, copy: { ...copy, button, common: commonCopy(t) } }),
    attachments: [],
  };
}

export const conversationTemplates: TemplateMap<ConversationTemplatePropsMap> = {
  "conversation-planned": {
    schema: conversationPlannedSchema,
    compose(t, raw, locale) {
      const props = conversationPlannedSchema.parse(raw);
      const values = { name: props.leadName, guide: props.guideName, date: props.plannedOn ? formatDay(props.plannedOn, locale) : "" };
      const key = `conversations.planned.${props.context}`;
      const intro = t(`${key}.${props.plannedOn ? "introDated" : "intro"}`, values);
      const preparation = props.preparation ? [t("conversations.planned.preparationIntro"), ...paragraphsOf(props.preparation)] : [];
      return notice(t, locale, props.url, t(`${key}.subject`, values), {
        preview: intro,
        heading: t(`conversations.planned.${props.preparation ? "headingPrepare" : "heading"}`),
        paragraphs: [intro, ...preparation, t(`${key}.next`, values)],
      });
    },
  },
  "conversation-called-off": {
    schema: conversationCalledOffSchema,
    compose(t, raw, locale) {
      const props = conversationCalledOffSchema.parse(raw);
      const values = { name: props.name, guide: props.guideName, date: props.plannedOn ? formatDay(props.plannedOn, locale) : "" };
      const intro = t(`conversations.calledOff.${props.plannedOn ? "introDated" : "intro"}`, values);
      return notice(
        t,
        locale,
        props.url,
        t("conversations.calledOff.subject", values),
        { preview: intro, heading: t("conversations.calledOff.heading"), paragraphs: [intro, t(`conversations.calledOff.next.${props.context}`, values)] },
        t("conversations.calledOff.button"),
      );
    },
  },
  "conversation-actions": {
    schema: conversationActionsSchema,
    compose(t, raw, locale) {
      const props = conversationActionsSchema.parse(raw);
      const values = { name: props.managerName, guide: props.guideName };
      const details = props.actions.map((action) => {
        const owner = action.owner === "you" ? t("conversations.actions.you") : action.owner === "manager" ? props.managerName : t("conversations.actions.together");
        return { label: action.dueDate ? t("conversations.actions.due", { owner, date: formatDay(action.dueDate, locale) }) : owner, value: action.description };
      });
      return notice(t, locale, props.url, t("conversations.actions.subject", values), {
        preview: t("conversations.actions.preview", { ...values, count: props.actions.length }),
        heading: t("conversations.actions.heading"),
        paragraphs: [t("conversations.actions.intro", values), t("conversations.actions.next")],
        details,
      });
    },
  },
};

const fixtureUrl = "http://localhost:3000/conversations/00000000-0000-4000-8000-000000000000";

export const conversationEmailFixtures: ConversationTemplatePropsMap = {
  "conversation-planned": {
    url: fixtureUrl,
    context: "team",
    leadName: "Sanne Jansen",
    guideName: "Het loopbaangesprek",
    plannedOn: "2027-03-14",
    preparation: "Denk na over wat je de komende jaren wilt leren.\n\nWat geeft je energie in je werk?",
  },
  "conversation-called-off": {
    url: "http://localhost:3000/team",
    context: "team",
    name: "Sanne Jansen",
    guideName: "Het loopbaangesprek",
    plannedOn: "2027-03-14",
  },
  "conversation-actions": {
    url: fixtureUrl,
    managerName: "Sanne Jansen",
    guideName: "Het loopbaangesprek",
    actions: [
      { description: "Een gesprek plannen met de afdeling Data", owner: "you", dueDate: "2027-04-01" },
      { description: "Opleidingsbudget navragen bij HR", owner: "manager", dueDate: null },
    ],
  },
};
