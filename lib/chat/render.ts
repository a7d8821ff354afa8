import type { ChatKind } from "@/db/schema";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import { composeNotice, type ChatNoticeKind } from "./core/notices";
import { slackPayload, teamsPayload, type SlackPayload, type TeamsPayload } from "./core/payloads";

/** A stored notice as the channel's service wants it, worded in `locale` with dates on the organisation's clock. */
export function renderNotice(channel: ChatKind, notice: ChatNoticeKind, props: unknown, locale: AppLocale, timeZone: string): TeamsPayload | SlackPayload {
  const message = composeNotice(notice, props, { locale, timeZone, t: getTranslator(locale, "chat.notices") });
  return channel === "teams" ? teamsPayload(message) : slackPayload(message);
}
