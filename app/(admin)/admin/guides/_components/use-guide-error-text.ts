"use client";

import { useTranslations } from "next-intl";

/** An error key from a guide action: the library's own sentences first, then the app-wide "errors". */
export function useGuideErrorText(): (key: string) => string {
  const t = useTranslations("guides.errors");
  const te = useTranslations("errors");
  return (key) => (t.has(key) ? t(key) : te.has(key) ? te(key) : te("invalid"));
}
