import { createTranslator } from "next-intl";
import type { AppLocale } from "./config";
import { loadMessages } from "./messages";

/** A translator outside React (email worker, server-side figures), the same messages as the pages. */
export function getTranslator(locale: AppLocale, namespace?: string) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace });
}
