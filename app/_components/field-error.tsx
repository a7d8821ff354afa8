"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";

/** aria attributes that tie a field to its error message. */
export function fieldProps(field: string, errors: FieldErrors) {
  return errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {};
}

/** A field's error, translated from the "errors" namespace (keys come from the server's zod schema). */
export function FieldError({ field, errors }: { field: string; errors: FieldErrors }) {
  const t = useTranslations("errors");
  const key = errors[field];
  if (!key) return null;
  return (
    <p id={`${field}-error`} className="mt-1 text-sm text-red-700">
      {t.has(key) ? t(key) : t("invalid")}
    </p>
  );
}
