// No "server-only" marker: the job worker renders these emails outside Next.js (npm run worker).
import { createElement } from "react";
import { z } from "zod";
import GroupPublishedEmail from "@/emails/group-published";
import NoticeEmail from "@/emails/notice";
import type { TemplateMap } from "@/lib/email/template-types";
import { commonCopy } from "@/lib/email/define-template";
import type { AppLocale } from "@/lib/i18n/config";

// The co-development groups' emails of the registry (lib/registry/email-templates.ts spreads them in), worded under
// emails.codevGroups. Times are shown on the recipient's own clock, which the props carry.

const webUrl = z.url({ protocol: /^https?$/ });
const timeZone = z.string().min(1).refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
});

export const groupPublishedSchema = z.object({
  url: webUrl,
  programmeName: z.string().min(1),
  number: z.number().int().min(1),
  role: z.enum(["participant", "facilitator"]),
  memberNames: z.array(z.string().min(1)).min(1),
  facilitatorName: z.string().min(1).nullable(),
  firstSessionAt: z.iso.datetime({ offset: true }),
  timeZone,
});

export const groupTurnSwapSchema = z.object({
  url: webUrl,
  number: z.number().int().min(1),
  requesterName: z.string().min(1),
  yourTurnAt: z.iso.datetime({ offset: true }),
  theirTurnAt: z.iso.datetime({ offset: true }),
  timeZone,
});

export type GroupPublishedProps = z.infer<typeof groupPublishedSchema>;
export type GroupTurnSwapProps = z.infer<typeof groupTurnSwapSchema>;
export type CodevGroupTemplatePropsMap = { "group-published": GroupPublishedProps; "group-turn-swap": GroupTurnSwapProps };

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends CodevGroupTemplatePropsMap {}
}


/** "maandag 15 maart 2027 om 09:00" / "Monday, 15 March 2027 at 09:00", on the reader's clock. */
function formatWhen(iso: string, locale: AppLocale, zone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(new Date(iso));
}

export const codevGroupTemplates: TemplateMap<CodevGroupTemplatePropsMap> = {
  "group-published": {
    schema: groupPublishedSchema,
    compose(t, rawProps, locale) {
      const props = groupPublishedSchema.parse(rawProps);
      const values = { number: props.number, programme: props.programmeName, when: formatWhen(props.firstSessionAt, locale, props.timeZone) };
      const members = [...props.memberNames, ...(props.facilitatorName ? [t("codevGroups.published.facilitatorLine", { name: props.facilitatorName })] : [])];
      const copy = {
        preview: t(`codevGroups.published.preview.${props.role}`, values),
        heading: t("codevGroups.published.heading"),
        intro: t(`codevGroups.published.intro.${props.role}`, values),
        membersTitle: t("codevGroups.published.membersTitle"),
        firstSession: t("codevGroups.published.firstSession", values),
        next: t("codevGroups.published.next"),
        button: t("codevGroups.published.button"),
        common: commonCopy(t),
      };
      return { subject: t(`codevGroups.published.subject.${props.role}`, values), element: createElement(GroupPublishedEmail, { lang: locale, url: props.url, copy, members }), attachments: [] };
    },
  },
  "group-turn-swap": {
    schema: groupTurnSwapSchema,
    compose(t, rawProps, locale) {
      const props = groupTurnSwapSchema.parse(rawProps);
      const values = {
        name: props.requesterName,
        number: props.number,
        yours: formatWhen(props.yourTurnAt, locale, props.timeZone),
        theirs: formatWhen(props.theirTurnAt, locale, props.timeZone),
      };
      const copy = {
        preview: t("codevGroups.turnSwap.preview", values),
        heading: t("codevGroups.turnSwap.heading"),
        paragraphs: [t("codevGroups.turnSwap.intro", values), t("codevGroups.turnSwap.next")],
        button: t("codevGroups.turnSwap.button"),
        common: commonCopy(t),
      };
      return { subject: t("codevGroups.turnSwap.subject", values), element: createElement(NoticeEmail, { lang: locale, url: props.url, copy }), attachments: [] };
    },
  },
};

export const codevGroupEmailFixtures: CodevGroupTemplatePropsMap = {
  "group-published": {
    url: "http://localhost:3000/groups/00000000-0000-4000-8000-000000000000",
    programmeName: "Co-development 2027",
    number: 2,
    role: "participant",
    memberNames: ["Ada Lovelace", "Grace Hopper", "Katherine Johnson", "Dorothy Vaughan", "Mary Jackson"],
    facilitatorName: "Marco Dierickx",
    firstSessionAt: "2027-03-15T08:00:00.000Z",
    timeZone: "Europe/Amsterdam",
  },
  "group-turn-swap": {
    url: "http://localhost:3000/groups/00000000-0000-4000-8000-000000000000",
    number: 2,
    requesterName: "Ada Lovelace",
    yourTurnAt: "2027-03-15T08:00:00.000Z",
    theirTurnAt: "2027-04-05T07:00:00.000Z",
    timeZone: "Europe/Amsterdam",
  },
};
