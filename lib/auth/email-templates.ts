import { z } from "zod";
import MagicLinkEmail from "@/emails/magic-link";
import { commonCopy, defineTemplate, webUrl } from "@/lib/email/define-template";
import type { TemplateMap } from "@/lib/email/template-types";

// The sign-in link's email (lib/registry/email-templates.ts composes it with the others).

/** The sign-in link's lifetime as the email states it; Auth.js's email provider is configured to match. */
export const MAGIC_LINK_MINUTES = 15;

const magicLinkSchema = z.object({ url: webUrl });

export type AuthTemplatePropsMap = { "magic-link": z.infer<typeof magicLinkSchema> };

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends AuthTemplatePropsMap {}
}

export const authTemplates: TemplateMap<AuthTemplatePropsMap> = {
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
};
