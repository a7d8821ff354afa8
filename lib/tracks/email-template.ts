// No "server-only" marker: the job worker renders this email outside Next.js (npm run worker).
import { z } from "zod";
import NoticeEmail from "@/emails/notice";
import { commonCopy, defineTemplate, webUrl } from "@/lib/email/define-template";
import type { TemplateMap } from "@/lib/email/template-types";
import type { AppLocale } from "@/lib/i18n/config";
import { isPlainDate } from "@/lib/scheduling/time/local-date";

// The learning track's overdue reminder (lib/registry/email-templates.ts spreads it in): which step of which
// programme, due by when, and a link to the track. The step's title is the admin's; nothing a participant
// wrote (a reflection) is ever in it. Its words are under emails.tracks.overdue.

const trackStepOverdueSchema = z.strictObject({
  url: webUrl,
  /** The programme's name and the step's title in the reader's language, worded when the email is written. */
  programmeName: z.string().min(1).max(200),
  stepTitle: z.string().min(1).max(200),
  /** What finishes the step: read, hold the conversation, write, attend a group session (ticked off for them), meet the other of a pair. */
  hint: z.enum(["read", "converse", "reflect", "attend", "meet"]),
  /** The last day of the step's due week. */
  dueOn: z.string().refine(isPlainDate),
});

export type TrackStepOverdueProps = z.infer<typeof trackStepOverdueSchema>;
export type TracksTemplatePropsMap = { "track-step-overdue": TrackStepOverdueProps };

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends TracksTemplatePropsMap {}
}

/** A calendar day in the reader's language ("14 maart 2027"); the date has no zone, so it is read as UTC. */
function formatDay(date: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

export const tracksTemplates: TemplateMap<TracksTemplatePropsMap> = {
  "track-step-overdue": defineTemplate({
    schema: trackStepOverdueSchema,
    component: NoticeEmail,
    subject: (t, props) => t("tracks.overdue.subject", { step: props.stepTitle }),
    componentProps: (t, props, locale) => {
      const values = { step: props.stepTitle, programme: props.programmeName, date: formatDay(props.dueOn, locale) };
      return {
        lang: locale,
        url: props.url,
        copy: {
          preview: t("tracks.overdue.preview", values),
          heading: t("tracks.overdue.heading"),
          paragraphs: [t("tracks.overdue.intro", values), t(`tracks.overdue.next.${props.hint}`), t("tracks.overdue.once")],
          button: t("tracks.overdue.button"),
          common: commonCopy(t),
        },
      };
    },
  }),
};

export const tracksEmailFixtures: TracksTemplatePropsMap = {
  "track-step-overdue": {
    url: "http://localhost:3000/programmes/00000000-0000-4000-8000-000000000000/track",
    programmeName: "Intervisie voorjaar 2027",
    stepTitle: "Lees: de kunst van het doorvragen",
    hint: "read",
    dueOn: "2027-03-14",
  },
};
