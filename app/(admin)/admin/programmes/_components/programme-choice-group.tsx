"use client";

import type { FieldErrors } from "@/lib/auth/action";
import { useProgrammeErrorText } from "./use-programme-error-text";

export type ChoiceAttributes = { name: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = { name: string; legend: string; errors: FieldErrors; hint?: string; multiple?: boolean; children: (attributes: ChoiceAttributes) => React.ReactNode };

/** Radio buttons or checkboxes (`multiple`: posted as a list) under one legend; each control announces the group's hint and error. */
export function ProgrammeChoiceGroup({ name, legend, errors, hint, multiple, children }: Props) {
  const errorText = useProgrammeErrorText();
  const error = errors[name];
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint && <p id={`${name}-hint`} className="text-sm text-stone-600">{hint}</p>}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {children({ name: multiple ? `${name}[]` : name, ...(error ? { "aria-invalid": true } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      </div>
      {error && <p id={`${name}-error`} className="mt-1 text-sm text-red-700">{errorText(error)}</p>}
    </fieldset>
  );
}
