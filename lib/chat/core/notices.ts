import { z } from "zod";
import type { ChatMessage } from "./payloads";

// The notices Kring posts to an organisation's channel, and their wording. Programme-level news only
// (SECURITY.md rule 16): programme names, counts, dates and a link, never a person's name and never what a
// pair or group discusses. Each props schema is the whole of what a notice may carry: the worker parses
// the stored props with it before anything is posted.

const localized = z.object({ nl: z.string().min(1).max(200), en: z.string().min(1).max(200) });
const link = z.url({ protocol: /^https?$/ });

export const chatNoticeSchemas = {
  signupOpen: z.object({ programmeName: localized, programmeKind: z.enum(["mentoring", "codevelopment"]), closesAt: z.iso.datetime({ offset: true }).nullable(), url: link }),
  groupsPublished: z.object({ programmeName: localized, groups: z.number().int().min(1), participants: z.number().int().min(0), url: link }),
  pairsPublished: z.object({ programmeName: localized, pairs: z.number().int().min(1), url: link }),
  weeklyDigest: z.object({
    week: z.string().regex(/^\d{4}-W\d{2}$/),
    open: z.array(z.object({ programmeName: localized, closesAt: z.iso.datetime({ offset: true }).nullable() })).max(20),
    started: z.array(z.object({ programmeName: localized, groups: z.number().int().min(0), pairs: z.number().int().min(0) })).max(20),
    url: link,
  }),
  test: z.object({ organizationName: z.string().min(1).max(200), url: link }),
} as const;

export type ChatNoticeKind = keyof typeof chatNoticeSchemas;
export type ChatNoticeProps<K extends ChatNoticeKind> = z.infer<(typeof chatNoticeSchemas)[K]>;
export const chatNoticeKinds = Object.keys(chatNoticeSchemas) as ChatNoticeKind[];

export function isChatNoticeKind(value: string): value is ChatNoticeKind {
  return (chatNoticeKinds as string[]).includes(value);
}

/** Translates a key of the "chat.notices" messages with ICU values. */
export type NoticeTranslator = (key: string, values?: Record<string, string | number>) => string;

export type ComposeContext = { locale: "nl" | "en"; timeZone: string; t: NoticeTranslator };

function day(iso: string, { locale, timeZone }: ComposeContext): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(new Date(iso));
}

/** Words one stored notice in the channel's language; throws when the stored props are not the kind's. */
export function composeNotice(kind: ChatNoticeKind, rawProps: unknown, ctx: ComposeContext): ChatMessage {
  const { t, locale } = ctx;
  const base = { locale, facts: [] as ChatMessage["facts"] };
  switch (kind) {
    case "signupOpen": {
      const p = chatNoticeSchemas.signupOpen.parse(rawProps);
      const programme = p.programmeName[locale];
      const closes = p.closesAt ? day(p.closesAt, ctx) : null;
      const title = t("signupOpen.title", { programme });
      return {
        ...base,
        title,
        paragraphs: [t(`signupOpen.text.${p.programmeKind}`, { programme })],
        facts: closes ? [{ label: t("signupOpen.closes"), value: closes }] : [],
        link: { label: t("signupOpen.button"), url: p.url },
        fallback: closes ? t("signupOpen.fallbackCloses", { programme, closes }) : title,
      };
    }
    case "groupsPublished": {
      const p = chatNoticeSchemas.groupsPublished.parse(rawProps);
      const programme = p.programmeName[locale];
      const title = t("groupsPublished.title", { programme });
      return {
        ...base,
        title,
        paragraphs: [t("groupsPublished.text", { programme, groups: p.groups, participants: p.participants })],
        link: { label: t("groupsPublished.button"), url: p.url },
        fallback: title,
      };
    }
    case "pairsPublished": {
      const p = chatNoticeSchemas.pairsPublished.parse(rawProps);
      const programme = p.programmeName[locale];
      const title = t("pairsPublished.title", { programme });
      return { ...base, title, paragraphs: [t("pairsPublished.text", { programme, pairs: p.pairs })], link: { label: t("pairsPublished.button"), url: p.url }, fallback: title };
    }
    case "weeklyDigest": {
      const p = chatNoticeSchemas.weeklyDigest.parse(rawProps);
      const facts = [
        ...p.open.map((o) => ({ label: o.programmeName[locale], value: o.closesAt ? t("weeklyDigest.openUntil", { closes: day(o.closesAt, ctx) }) : t("weeklyDigest.open") })),
        ...p.started.map((s) => ({ label: s.programmeName[locale], value: s.groups > 0 ? t("weeklyDigest.groups", { groups: s.groups }) : t("weeklyDigest.pairs", { pairs: s.pairs }) })),
      ];
      const title = t("weeklyDigest.title");
      return {
        ...base,
        title,
        paragraphs: [t("weeklyDigest.text", { open: p.open.length, started: p.started.length })],
        facts,
        link: { label: t("weeklyDigest.button"), url: p.url },
        fallback: title,
      };
    }
    case "test": {
      const p = chatNoticeSchemas.test.parse(rawProps);
      const title = t("test.title");
      return { ...base, title, paragraphs: [t("test.text", { organization: p.organizationName })], link: { label: t("test.button"), url: p.url }, fallback: title };
    }
  }
}
