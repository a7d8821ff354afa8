import fs from "node:fs";
import path from "node:path";
import type { AppLocale } from "./config";

export type Messages = { [key: string]: string | Messages };

const cache = new Map<AppLocale, Messages>();

/**
 * Messages live in messages/<locale>/<namespace>.json, one file per area of the app, so that areas can grow
 * without touching each other. Read at runtime on the server (pages, server actions and the email worker).
 */
export function loadMessages(locale: AppLocale): Messages {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const dir = path.join(process.cwd(), "messages", locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    messages[path.basename(file, ".json")] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Messages;
  }
  cache.set(locale, messages);
  return messages;
}

/** Every key path of a message tree ("auth.signIn.title"), for the parity test and lookups. */
export function messageKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`),
  );
}
