"use client";

import type { FieldErrors } from "@/lib/auth/action";
import { Field, type ControlAttributes } from "@/app/_components/ui/field";
import { useProgrammeErrorText } from "./use-programme-error-text";

export const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";

export type FieldAttributes = ControlAttributes;

type Props = { name: string; label: string; errors: FieldErrors; hint?: string; children: (attributes: FieldAttributes) => React.ReactNode };

/** A labelled field (ui/field.tsx) whose error key it shows as the programme pages' sentence. */
export function ProgrammeField({ name, label, errors, hint, children }: Props) {
  const errorText = useProgrammeErrorText();
  const error = errors[name];
  // Dots (weights.topics) would need escaping in CSS selectors; ids use dashes.
  return <Field id={name.replaceAll(".", "-")} name={name} label={label} hint={hint} error={error ? errorText(error) : undefined}>{children}</Field>;
}
