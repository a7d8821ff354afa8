// No "server-only" marker: the job worker renders these emails outside Next.js (npm run worker).
import { createElement } from "react";
import { z } from "zod";
import InsightsDigestEmail from "@/emails/insights-digest";
import type { EmailTranslator, TemplateMap } from "@/lib/email/template-types";
import type { AppLocale } from "@/lib/i18n/config";
import { nudgeKinds } from "./types";

// The weekly digest of the registry (lib/registry/email-templates.ts spreads it in). Items carry names, programme
// names, dates and rates: never anything a pair or group wrote.

const webUrl = z.url({ protocol: /^https?$/ });

/** Items per kind in one email; the rest are counted and wait on the insights page. */
export const DIGEST_ITEMS_PER_KIND = 10;

export const insightsDigestSchema = z.object({
  url: webUrl,
  organizationName: z.string().min(1),
  timeZone: z.string().min(1),
  sections: z
    .array(
      z.object({
        kind: z.enum(nudgeKinds),
        total: z.number().int().min(1),
        items: z
          .array(
            z.object({
              names: z.array(z.string().min(1)),
              programme: z.string().min(1),
              groupNumber: z.number().int().nullable(),
              at: z.iso.datetime({ offset: true }).nullable(),
              rate: z.number().min(0).max(1).nullable(),
              url: webUrl,
            }),
          )
          .max(DIGEST_ITEMS_PER_KIND),
      }),
    )
    .min(1),
});

export type InsightsDigestProps = z.infer<typeof insightsDigestSchema>;
export type InsightsTemplatePropsMap = { "insights-digest": InsightsDigestProps };

declare module "@/lib/email/template-types" {
  interface TemplatePropsMap extends InsightsTemplatePropsMap {}
}

/** The action each kind of item links to, as the page words it. */
const actionOf = { pairWithoutSession: "rematch", requestExpiring: "rematch", caseNotReady: "programme", lowAttendance: "programme" } as const;

function compose(t: EmailTranslator, rawProps: unknown, locale: AppLocale) {
  const props = insightsDigestSchema.parse(rawProps);
  const total = props.sections.reduce((n, s) => n + s.total, 0);
  const values = { organization: props.organizationName, count: total };
  const date = (iso: string, withTime: boolean) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", ...(withTime ? { timeStyle: "short" } : {}), timeZone: props.timeZone }).format(new Date(iso));
  const sections = props.sections.map((section) => ({
    title: t(`insights.digest.kinds.${section.kind}`),
    items: section.items.map((item) => {
      const key = section.kind === "pairWithoutSession" && !item.at ? "pairNeverMet" : section.kind;
      return {
        text: t(`insights.digest.items.${key}`, {
          names: new Intl.ListFormat(locale).format(item.names),
          programme: item.programme,
          number: item.groupNumber ?? 0,
          date: item.at ? date(item.at, section.kind === "requestExpiring") : "",
          rate: item.rate !== null ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(item.rate) : "",
        }),
        url: item.url,
        action: t(`insights.digest.actions.${actionOf[section.kind]}`),
      };
    }),
    more: section.total > section.items.length ? t("insights.digest.more", { count: section.total - section.items.length }) : null,
  }));
  const copy = {
    preview: t("insights.digest.preview", values),
    heading: t("insights.digest.heading"),
    intro: t("insights.digest.intro", values),
    sections,
    button: t("insights.digest.button"),
    common: { brand: t("common.brand"), tagline: t("common.tagline"), linkFallback: t("common.linkFallback"), footer: t("common.footer") },
  };
  return { subject: t("insights.digest.subject", values), element: createElement(InsightsDigestEmail, { lang: locale, url: props.url, copy }), attachments: [] };
}

export const insightsTemplates: TemplateMap<InsightsTemplatePropsMap> = {
  "insights-digest": { schema: insightsDigestSchema, compose },
};

export const insightsDigestFixture: InsightsDigestProps = {
  url: "http://localhost:3000/admin/insights",
  organizationName: "Gemeente Rivierstad",
  timeZone: "Europe/Amsterdam",
  sections: [
    {
      kind: "pairWithoutSession",
      total: 12,
      items: [
        { names: ["Ada Lovelace", "Grace Hopper"], programme: "Mentoring 2027", groupNumber: null, at: "2027-02-03T15:00:00.000Z", rate: null, url: "http://localhost:3000/admin/programmes/p1/matching" },
        { names: ["Alan Turing", "Joan Clarke"], programme: "Mentoring 2027", groupNumber: null, at: null, rate: null, url: "http://localhost:3000/admin/programmes/p1/matching" },
      ],
    },
    { kind: "caseNotReady", total: 1, items: [{ names: [], programme: "Intervisie 2027", groupNumber: 2, at: "2027-03-09T13:00:00.000Z", rate: null, url: "http://localhost:3000/admin/programmes/p2" }] },
    { kind: "requestExpiring", total: 1, items: [{ names: ["Ada Lovelace", "Edsger Dijkstra"], programme: "Mentoring 2027", groupNumber: null, at: "2027-03-05T09:00:00.000Z", rate: null, url: "http://localhost:3000/admin/programmes/p1/matching" }] },
    { kind: "lowAttendance", total: 1, items: [{ names: ["Marco Dierickx"], programme: "Intervisie 2027", groupNumber: 3, at: null, rate: 0.55, url: "http://localhost:3000/admin/programmes/p2" }] },
  ],
};
