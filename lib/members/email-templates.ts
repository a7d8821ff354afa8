import { z } from "zod";
import InvitationEmail from "@/emails/invitation";
import { commonCopy, defineTemplate, webUrl } from "@/lib/email/define-template";
import type { TemplateMap } from "@/lib/email/template-types";
import type { AppLocale } from "@/lib/i18n/config";

// The invitation to join an organisation (lib/registry/email-templates.ts composes it with the others).

// Dates in this email are shown in the app's default zone (as lib/i18n/request.ts does for pages): the
// person invited has no profile, so no zone of their own yet.
const EMAIL_TIME_ZONE = "Europe/Amsterdam";

function formatDate(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: EMAIL_TIME_ZONE }).format(new Date(iso));
}

const invitationSchema = z.object({
  url: webUrl,
  organizationName: z.string().min(1),
  inviterName: z.string().min(1).nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
});

export type MembersTemplatePropsMap = { invitation: z.infer<typeof invitationSchema> };

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends MembersTemplatePropsMap {}
}

export const membersTemplates: TemplateMap<MembersTemplatePropsMap> = {
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
};
