// No "server-only" marker: the job worker renders these emails outside Next.js (npm run worker).
import { createElement } from "react";
import { z } from "zod";
import NoticeEmail, { type NoticeEmailProps } from "@/emails/notice";
import type { ComposedEmail, EmailTranslator, TemplateMap } from "@/lib/email/template-types";
import type { AppLocale } from "@/lib/i18n/config";
import { isPlainDate } from "@/lib/scheduling/time/local-date";
import { formatViewerRange } from "@/lib/scheduling/time/viewer-time";

// The pair's emails of the registry (lib/registry/email-templates.ts spreads them in). None carries what the pair
// wrote — goals, notes, reflections or the reason for asking a new match stay in the app (SECURITY.md 13).

const webUrl = z.url({ protocol: /^https?$/ });

export const matchEndedSchema = z.object({ url: webUrl, programmeName: z.string().min(1), otherName: z.string().min(1), endedBy: z.enum(["self", "other", "rematch"]) });
export const goalDueSchema = z.object({ url: webUrl, programmeName: z.string().min(1), otherName: z.string().min(1), dueDate: z.string().refine(isPlainDate) });
/** `outcome`: another mentor was asked, none with room is left (the admin places the mentee by hand), or the mentee chooses again (self-select). */
export const rematchRequestedSchema = z.object({ url: webUrl, programmeName: z.string().min(1), requesterName: z.string().min(1), outcome: z.enum(["requested", "noMentor", "chooseAgain"]) });

const instant = z.iso.datetime({ offset: true });
/** A time proposed by one of the pair, for the other: on the reader's clock, zone named when not the organisation's. */
export const meetingProposedSchema = z.object({
  url: webUrl,
  programmeName: z.string().min(1),
  proposerName: z.string().min(1),
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string().min(1),
  organizationTimeZone: z.string().min(1),
  /** "counter": the proposer suggested another time than the reader's. */
  variant: z.enum(["first", "counter"]),
});

export type MatchEndedProps = z.infer<typeof matchEndedSchema>;
export type MeetingProposedProps = z.infer<typeof meetingProposedSchema>;
export type GoalDueProps = z.infer<typeof goalDueSchema>;
export type RematchRequestedProps = z.infer<typeof rematchRequestedSchema>;
export type PairTemplatePropsMap = { "match-ended": MatchEndedProps; "goal-due": GoalDueProps; "rematch-requested": RematchRequestedProps; "pair-meeting-proposed": MeetingProposedProps };

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends PairTemplatePropsMap {}
}

/** Every pair email has the same parts, each a message under emails.pair.<key>. */
function composeWith(key: string, t: EmailTranslator, url: string, locale: AppLocale, values: Record<string, string>, variant = ""): ComposedEmail {
  const copy: NoticeEmailProps["copy"] = {
    preview: t(`pair.${key}.preview${variant}`, values),
    heading: t(`pair.${key}.heading`, values),
    paragraphs: [t(`pair.${key}.intro${variant}`, values), t(`pair.${key}.next`, values)],
    button: t(`pair.${key}.button`),
    common: { brand: t("common.brand"), tagline: t("common.tagline"), linkFallback: t("common.linkFallback"), footer: t("common.footer") },
  };
  return { subject: t(`pair.${key}.subject${variant}`, values), element: createElement(NoticeEmail, { lang: locale, url, copy }), attachments: [] };
}

/** A calendar day in the reader's language ("14 maart 2027"); the date has no zone, so it is read as UTC. */
function formatDay(date: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export const pairTemplates: TemplateMap<PairTemplatePropsMap> = {
  "match-ended": {
    schema: matchEndedSchema,
    compose(t, rawProps, locale) {
      const props = matchEndedSchema.parse(rawProps);
      const variant = `.${props.endedBy}`;
      return composeWith("ended", t, props.url, locale, { name: props.otherName, programme: props.programmeName }, variant);
    },
  },
  "goal-due": {
    schema: goalDueSchema,
    compose(t, rawProps, locale) {
      const props = goalDueSchema.parse(rawProps);
      return composeWith("goalDue", t, props.url, locale, { name: props.otherName, programme: props.programmeName, date: formatDay(props.dueDate, locale) });
    },
  },
  "pair-meeting-proposed": {
    schema: meetingProposedSchema,
    compose(t, rawProps, locale) {
      const props = meetingProposedSchema.parse(rawProps);
      const when = formatViewerRange(new Date(props.startsAt), new Date(props.endsAt), { locale, timeZone: props.timeZone, organizationTimeZone: props.organizationTimeZone });
      return composeWith("proposed", t, props.url, locale, { name: props.proposerName, programme: props.programmeName, when }, `.${props.variant}`);
    },
  },
  "rematch-requested": {
    schema: rematchRequestedSchema,
    compose(t, rawProps, locale) {
      const props = rematchRequestedSchema.parse(rawProps);
      return composeWith("rematch", t, props.url, locale, { name: props.requesterName, programme: props.programmeName }, `.${props.outcome}`);
    },
  },
};

export const pairEmailFixtures: PairTemplatePropsMap = {
  "match-ended": { url: "http://localhost:3000/matches/00000000-0000-4000-8000-000000000000", programmeName: "Mentoring 2027", otherName: "Grace Hopper", endedBy: "other" },
  "goal-due": { url: "http://localhost:3000/matches/00000000-0000-4000-8000-000000000000", programmeName: "Mentoring 2027", otherName: "Grace Hopper", dueDate: "2027-03-14" },
  "pair-meeting-proposed": {
    url: "http://localhost:3000/matches/00000000-0000-4000-8000-000000000000",
    programmeName: "Mentoring 2027",
    proposerName: "Grace Hopper",
    startsAt: "2027-03-16T14:00:00.000Z",
    endsAt: "2027-03-16T15:00:00.000Z",
    timeZone: "America/New_York",
    organizationTimeZone: "Europe/Amsterdam",
    variant: "first",
  },
  "rematch-requested": { url: "http://localhost:3000/admin/programmes/00000000-0000-4000-8000-000000000000/matching", programmeName: "Mentoring 2027", requesterName: "Ada Lovelace", outcome: "requested" },
};
