import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translate";
import { composeNotice, type ChatNoticeKind } from "./notices";
import { slackPayload, teamsPayload, type ChatMessage } from "./payloads";

const message: ChatMessage = {
  locale: "en",
  title: "Sign-up is open: R&D <leaders> *2027*",
  paragraphs: ["Sign up for R&D <leaders>."],
  facts: [{ label: "Sign-up closes", value: "14 March 2027" }],
  link: { label: "Sign up in Kring", url: "https://kring.example.org/programmes/1" },
  fallback: "Sign-up is open: R&D <leaders>",
};

describe("teamsPayload", () => {
  it("is the envelope a Teams Workflows webhook reads: one Adaptive Card in a message", () => {
    const payload = teamsPayload(message);
    expect(payload.type).toBe("message");
    expect(payload.attachments).toHaveLength(1);
    const [attachment] = payload.attachments;
    expect(attachment.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(attachment.content).toMatchObject({ type: "AdaptiveCard", version: "1.4", lang: "en" });
    expect(attachment.content.body[0]).toMatchObject({ type: "TextBlock", weight: "Bolder", text: "Sign-up is open: R&D <leaders> \\*2027\\*" });
    expect(attachment.content.body).toContainEqual({ type: "FactSet", facts: [{ title: "Sign-up closes", value: "14 March 2027" }] });
    expect(attachment.content.actions).toEqual([{ type: "Action.OpenUrl", title: "Sign up in Kring", url: "https://kring.example.org/programmes/1" }]);
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });
});

describe("slackPayload", () => {
  it("is Block Kit with a text fallback, with Slack's control characters escaped", () => {
    const payload = slackPayload(message);
    expect(payload.text).toBe("Sign-up is open: R&amp;D &lt;leaders&gt;");
    expect(payload.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: message.title, emoji: false } });
    expect(payload.blocks[1]).toEqual({ type: "section", text: { type: "mrkdwn", text: "Sign up for R&amp;D &lt;leaders&gt;." } });
    expect(payload.blocks[2]).toEqual({ type: "section", fields: [{ type: "mrkdwn", text: "*Sign-up closes*\n14 March 2027" }] });
    expect(payload.blocks[3]).toMatchObject({ type: "actions", elements: [{ type: "button", url: message.link!.url }] });
  });

  it("keeps within Block Kit's limits: a 150-character header, ten fields a section", () => {
    const long = { ...message, title: "x".repeat(400), facts: Array.from({ length: 13 }, (_, i) => ({ label: `P${i}`, value: "open" })) };
    const payload = slackPayload(long);
    expect((payload.blocks[0] as { text: { text: string } }).text.text).toHaveLength(150);
    const sections = payload.blocks.filter((b) => "fields" in b) as { fields: unknown[] }[];
    expect(sections.map((s) => s.fields.length)).toEqual([10, 3]);
  });
});

const props: Record<ChatNoticeKind, unknown> = {
  signupOpen: { programmeName: { nl: "Intervisie 2027", en: "Co-development 2027" }, programmeKind: "codevelopment", closesAt: "2027-03-14T23:00:00.000Z", url: "https://k.example/programmes/1" },
  groupsPublished: { programmeName: { nl: "Intervisie 2027", en: "Co-development 2027" }, groups: 3, participants: 17, url: "https://k.example/groups" },
  pairsPublished: { programmeName: { nl: "Mentoring 2027", en: "Mentoring 2027" }, pairs: 1, url: "https://k.example/matches" },
  weeklyDigest: {
    week: "2027-W10",
    open: [{ programmeName: { nl: "Mentoring 2027", en: "Mentoring 2027" }, closesAt: null }],
    started: [{ programmeName: { nl: "Intervisie 2027", en: "Co-development 2027" }, groups: 3, pairs: 0 }],
    url: "https://k.example/programmes",
  },
  test: { organizationName: "Zorggroep Noord", url: "https://k.example/" },
};

describe("composeNotice", () => {
  it.each((Object.keys(props) as ChatNoticeKind[]).flatMap((kind) => (["nl", "en"] as const).map((locale) => [kind, locale] as const)))("words %s in %s with every placeholder filled", (kind, locale) => {
    const m = composeNotice(kind, props[kind], { locale, timeZone: "Europe/Amsterdam", t: getTranslator(locale, "chat.notices") });
    const all = [m.title, m.fallback, ...m.paragraphs, ...m.facts.flatMap((f) => [f.label, f.value]), m.link?.label ?? ""].join("\n");
    expect(all).not.toMatch(/chat\.notices|\{\w+\}/);
    expect(m.link?.url).toMatch(/^https:\/\/k\.example\//);
  });

  it("words dates on the organisation's clock and in its language", () => {
    const nl = composeNotice("signupOpen", props.signupOpen, { locale: "nl", timeZone: "Europe/Amsterdam", t: getTranslator("nl", "chat.notices") });
    expect(nl.title).toBe("Inschrijving open: Intervisie 2027");
    expect(nl.facts).toEqual([{ label: "Inschrijving sluit", value: "15 maart 2027" }]);
    const en = composeNotice("groupsPublished", props.groupsPublished, { locale: "en", timeZone: "Europe/Amsterdam", t: getTranslator("en", "chat.notices") });
    expect(en.paragraphs[0]).toContain("3 groups with 17 participants");
  });

  it("refuses props that carry more than programme-level facts, or lack them", () => {
    const t = getTranslator("en", "chat.notices");
    expect(() => composeNotice("groupsPublished", { ...(props.groupsPublished as object), groups: 0 }, { locale: "en", timeZone: "UTC", t })).toThrow();
    expect(() => composeNotice("signupOpen", { url: "javascript:alert(1)" }, { locale: "en", timeZone: "UTC", t })).toThrow();
  });
});
