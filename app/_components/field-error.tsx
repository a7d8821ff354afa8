"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";
import { FieldErrorText } from "./ui/field";

/** aria attributes that tie a field to its error message. */
export function fieldProps(field: string, errors: FieldErrors) {
  return errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {};
}

/** A field's error, translated from the "errors" namespace (keys come from the server's zod schema). */
export function FieldError({ field, errors }: { field: string; errors: FieldErrors }) {
  const t = useTranslations("errors");
  const key = errors[field];
  if (!key) return null;
  return <FieldErrorText id={`${field}-error`}>{t.has(key) ? t(key) : t("invalid")}</FieldErrorText>;
}
