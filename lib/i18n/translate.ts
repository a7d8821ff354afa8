import { createTranslator, type TranslationValues } from "next-intl";
import type { AppLocale } from "./config";
import { loadMessages } from "./messages";

export type Translate = (key: string, values?: TranslationValues) => string;

/**
 * A translator outside React (email worker, server-side figures), on the same messages as the pages.
 * Typed loosely on purpose: namespaces are chosen at run time here, so next-intl cannot check the keys.
 */
export function getTranslator(locale: AppLocale, namespace?: string): Translate {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace });
  return (key, values) => (t as unknown as Translate)(key, values);
}
