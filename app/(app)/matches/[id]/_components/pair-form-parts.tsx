"use client";

import type { ReactNode } from "react";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";
import { usePairErrorText } from "./use-pair-form";

export const inputClass = "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
export const primaryButton = "rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-900 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-stone-300 bg-white px-4 py-2.5 font-medium hover:bg-stone-50 disabled:opacity-60";

export type ControlAttributes = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

type FieldProps = { id: string; name: string; label: string; hint?: string; errors: FieldErrors; children: (attributes: ControlAttributes) => ReactNode };

/** A labelled control whose hint and error it announces; `id` is unique on the page (several goal forms share names). */
export function PairField({ id, name, label, hint, errors, children }: FieldProps) {
  const errorText = usePairErrorText();
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {children({ id, name, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}

/** The result of the last submit, in a live region that is always there so that screen readers hear it. */
export function FormStatus({ state, pending, success, pendingText }: { state: ActionResult | null; pending: boolean; success: string; pendingText?: string }) {
  const errorText = usePairErrorText();
  const failed = state && !state.ok;
  return (
    <p role="status" aria-live="polite" className={`text-sm ${failed ? "font-medium text-red-700" : "text-brand-700"}`}>
      {pending && pendingText}
      {!pending && state?.ok && success}
      {!pending && failed && errorText(state.error)}
    </p>
  );
}
