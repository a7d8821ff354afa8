// No "server-only" marker: the job worker renders this email outside Next.js (npm run worker).
import { createElement } from "react";
import { z } from "zod";
import NoticeEmail from "@/emails/notice";
import { commonCopy, webUrl } from "@/lib/email/define-template";
import type { TemplateMap } from "@/lib/email/template-types";
import { getTranslator } from "@/lib/i18n/translate";
import { isSupportedTimeZone } from "@/lib/profiles/time-zones";

// The programme-news email (lib/registry/email-templates.ts spreads it in): a programme opened for sign-up,
// for the members who chose email for programme news (lib/chat/preferences.ts). Its words live with the
// chat messages (messages/<locale>/chat.json, "email"), beside the channel post it mirrors.

const signupOpenSchema = z.strictObject({
  url: webUrl,
  programmeName: z.string().min(1).max(200),
  programmeKind: z.enum(["mentoring", "codevelopment"]),
  closesAt: z.iso.datetime({ offset: true }).nullable(),
  timeZone: z.string().refine(isSupportedTimeZone),
});

export type ChatTemplatePropsMap = { "programme-signup-open": z.infer<typeof signupOpenSchema> };

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends ChatTemplatePropsMap {}
}

export const chatTemplates: TemplateMap<ChatTemplatePropsMap> = {
  "programme-signup-open": {
    schema: signupOpenSchema,
    compose: (t, raw, locale) => {
      const props = signupOpenSchema.parse(raw);
      const c = getTranslator(locale, "chat.email.signupOpen");
      const programme = props.programmeName;
      const details = props.closesAt
        ? [{ label: c("closes"), value: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: props.timeZone }).format(new Date(props.closesAt)) }]
        : [];
      const copy = {
        preview: c("preview", { programme }),
        heading: c("heading", { programme }),
        paragraphs: [c(`text.${props.programmeKind}`, { programme }), c("why")],
        details,
        button: c("button"),
        common: commonCopy(t),
      };
      return { subject: c("subject", { programme }), element: createElement(NoticeEmail, { lang: locale, url: props.url, copy }), attachments: [] };
    },
  },
};

/** The registry test's fixture (lib/registry/email-templates.test.ts renders every template in both languages). */
export const chatEmailFixtures: ChatTemplatePropsMap = {
  "programme-signup-open": {
    url: "http://localhost:3000/programmes/00000000-0000-4000-8000-000000000000",
    programmeName: "Intervisie 2027",
    programmeKind: "codevelopment",
    closesAt: "2027-03-14T23:00:00.000Z",
    timeZone: "Europe/Amsterdam",
  },
};
