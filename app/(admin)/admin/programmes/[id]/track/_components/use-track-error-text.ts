"use client";

import { useTranslations } from "next-intl";

/** An error key from a learning track's action: the track's own sentences first, then the app-wide "errors". */
export function useTrackErrorText(): (key: string) => string {
  const t = useTranslations("tracks.errors");
  const te = useTranslations("errors");
  return (key) => (t.has(key) ? t(key) : te.has(key) ? te(key) : te("invalid"));
}
