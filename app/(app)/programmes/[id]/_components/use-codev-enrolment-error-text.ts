"use client";

import { useTranslations } from "next-intl";

/** An error key from a co-development sign-up: its own messages, then the enrolment ones, then "errors". */
export function useCodevEnrolmentErrorText(): (key: string) => string {
  const t = useTranslations("codevEnrolment.errors");
  const tm = useTranslations("enrolment.errors");
  const te = useTranslations("errors");
  return (key) => (t.has(key) ? t(key) : tm.has(key) ? tm(key) : te.has(key) ? te(key) : te("invalid"));
}
