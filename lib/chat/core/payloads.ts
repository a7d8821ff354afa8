// The message of a notice, as Teams and Slack want it: pure functions, so that the shapes are unit-tested
// and the worker only posts what these return.

/** One notice, worded in its reader's language, before it becomes a card or blocks. */
export type ChatMessage = {
  locale: "nl" | "en";
  title: string;
  paragraphs: string[];
  facts: { label: string; value: string }[];
  link: { label: string; url: string } | null;
  /** The text a notification (phone, screen reader, an old client) shows instead of the card. */
  fallback: string;
};

export type TeamsPayload = {
  type: "message";
  attachments: { contentType: "application/vnd.microsoft.card.adaptive"; contentUrl: null; content: AdaptiveCard }[];
};

type AdaptiveCard = {
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  type: "AdaptiveCard";
  version: "1.4";
  lang: string;
  body: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  msteams: { width: "Full" };
};

/**
 * The envelope a Teams Workflows webhook expects ("Post card in a chat or channel" reads
 * attachments[0].content): one Adaptive Card 1.4, which every Teams client renders. TextBlocks are plain
 * text for Teams' markdown subset, so characters that would format are escaped.
 */
export function teamsPayload(message: ChatMessage): TeamsPayload {
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: teamsText(message.title), weight: "Bolder", size: "Medium", wrap: true, style: "heading" },
    ...message.paragraphs.map((p) => ({ type: "TextBlock", text: teamsText(p), wrap: true })),
  ];
  if (message.facts.length > 0) body.push({ type: "FactSet", facts: message.facts.map((f) => ({ title: teamsText(f.label), value: teamsText(f.value) })) });
  const actions = message.link ? [{ type: "Action.OpenUrl", title: message.link.label, url: message.link.url }] : [];
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: { $schema: "http://adaptivecards.io/schemas/adaptive-card.json", type: "AdaptiveCard", version: "1.4", lang: message.locale, body, actions, msteams: { width: "Full" } },
      },
    ],
  };
}

function teamsText(text: string): string {
  return text.replace(/([\\*_~`[\]])/g, "\\$1");
}

export type SlackPayload = { text: string; blocks: Record<string, unknown>[] };

// Block Kit's limits: a header's text 150 characters, a section's 3000, at most 10 fields of 2000 each.
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const FIELDS_MAX = 10;
const FIELD_MAX = 2000;

/** An incoming webhook's message: `text` for notifications, `blocks` for what the channel shows. */
export function slackPayload(message: ChatMessage): SlackPayload {
  const blocks: Record<string, unknown>[] = [{ type: "header", text: { type: "plain_text", text: cut(message.title, HEADER_MAX), emoji: false } }];
  for (const p of message.paragraphs) blocks.push({ type: "section", text: { type: "mrkdwn", text: cut(slackText(p), SECTION_MAX) } });
  for (let i = 0; i < message.facts.length; i += FIELDS_MAX) {
    const fields = message.facts.slice(i, i + FIELDS_MAX).map((f) => ({ type: "mrkdwn", text: cut(`*${slackText(f.label)}*\n${slackText(f.value)}`, FIELD_MAX) }));
    blocks.push({ type: "section", fields });
  }
  if (message.link) blocks.push({ type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: cut(message.link.label, 75), emoji: false }, url: message.link.url }] });
  return { text: cut(slackText(message.fallback), SECTION_MAX), blocks };
}

/** Slack's mrkdwn: &, < and > are control characters and must be escaped (Slack's "Formatting text" guide). */
export function slackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
