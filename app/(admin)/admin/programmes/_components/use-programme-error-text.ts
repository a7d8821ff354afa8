"use client";

import { useTranslations } from "next-intl";

/** An error key from a programme action: this area's own messages first, then the app-wide "errors". */
export function useProgrammeErrorText(): (key: string) => string {
  const t = useTranslations("programmesAdmin.errors");
  const tc = useTranslations("codevAdmin.errors");
  const te = useTranslations("errors");
  return (key) => (t.has(key) ? t(key) : tc.has(key) ? tc(key) : te.has(key) ? te(key) : te("invalid"));
}
