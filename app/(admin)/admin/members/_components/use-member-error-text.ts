"use client";

import { useTranslations } from "next-intl";

/**
 * Translates an error key from a members action: the members namespace first (lastAdmin, alreadyActive…),
 * then the app-wide "errors" namespace (forbidden, unexpected…).
 */
export function useMemberErrorText(): (key: string) => string {
  const t = useTranslations("members.errors");
  const te = useTranslations("errors");
  return (key) => (t.has(key) ? t(key) : te.has(key) ? te(key) : te("unexpected"));
}
