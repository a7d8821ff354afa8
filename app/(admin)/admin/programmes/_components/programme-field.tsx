"use client";

import type { FieldErrors } from "@/lib/auth/action";
import { useProgrammeErrorText } from "./use-programme-error-text";

export const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";

export type FieldAttributes = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = { name: string; label: string; errors: FieldErrors; hint?: string; children: (attributes: FieldAttributes) => React.ReactNode };

/** A labelled field whose hint and error the control announces through aria-describedby. */
export function ProgrammeField({ name, label, errors, hint, children }: Props) {
  const errorText = useProgrammeErrorText();
  // Dots (weights.topics) would need escaping in CSS selectors; ids use dashes.
  const id = name.replaceAll(".", "-");
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p>}
      {children({ id, name, ...(error ? { "aria-invalid": true } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{errorText(error)}</p>}
    </div>
  );
}
