"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";
import { FieldErrorText } from "@/app/_components/ui/field";

export const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
export const labelClass = "block text-sm font-medium";
export const hintClass = "mt-1 text-sm text-stone-600";

/** A field's error key; zod reports an array item as "topics.3", which belongs to the field "topics". */
export function errorOf(errors: FieldErrors, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}

/** aria-describedby from the ids that apply (hint, counter, error), or nothing. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

export function errorId(field: string): string {
  return `${field}-error`;
}

/** Ties a control to its error: aria-invalid plus the hint and error ids. */
export function controlProps(field: string, errors: FieldErrors, ...extraIds: (string | false | undefined)[]) {
  const invalid = Boolean(errorOf(errors, field));
  return {
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(...extraIds, invalid && errorId(field)),
  };
}

/** The translated message next to a field (keys from the schema and the data layer, under profile.errors). */
export function ProfileFieldError({ field, errors }: { field: string; errors: FieldErrors }) {
  const t = useTranslations("profile.errors");
  const key = errorOf(errors, field);
  if (!key) return null;
  return <FieldErrorText id={errorId(field)}>{t.has(key) ? t(key) : t("invalid")}</FieldErrorText>;
}
