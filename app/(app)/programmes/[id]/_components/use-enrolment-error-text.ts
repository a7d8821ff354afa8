"use client";

import { useTranslations } from "next-intl";

/** An error key from an enrolment action: this area's own messages first, then the app-wide "errors". */
export function useEnrolmentErrorText(): (key: string) => string {
  const t = useTranslations("enrolment.errors");
  const te = useTranslations("errors");
  return (key) => (t.has(key) ? t(key) : te.has(key) ? te(key) : te("invalid"));
}
