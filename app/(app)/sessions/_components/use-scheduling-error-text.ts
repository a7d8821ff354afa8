"use client";

import { useTranslations } from "next-intl";

/** An action's error key as a sentence; unknown keys read as the generic failure. */
export function useSchedulingErrorText(): (key: string) => string {
  const t = useTranslations("scheduling.errors");
  return (key) => (t.has(key) ? t(key) : t("unexpected"));
}
