"use client";

import type { FieldErrors } from "@/lib/auth/action";
import { Field, type ControlAttributes } from "@/app/_components/ui/field";
import { useGuideErrorText } from "./use-guide-error-text";

type Props = { name: string; label: string; errors: FieldErrors; hint?: string; children: (attributes: ControlAttributes) => React.ReactNode };

/** A labelled field (ui/field.tsx) whose error key it shows as the guide library's sentence. */
export function GuideField({ name, label, errors, hint, children }: Props) {
  const errorText = useGuideErrorText();
  const error = errors[name];
  // Dots (steps.0.title.nl) would need escaping in CSS selectors; ids use dashes.
  return <Field id={name.replaceAll(".", "-")} name={name} label={label} hint={hint} error={error ? errorText(error) : undefined}>{children}</Field>;
}
