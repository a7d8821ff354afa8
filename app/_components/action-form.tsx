"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";

// The forms of the pair's space and the co-development session pages: a server action with field errors,
// a live status line, and controls that announce their hint and error. Each area passes its message
// namespace, so that its own error sentences come before the app's.

export const inputClass = "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
export const primaryButton = "rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-900 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-stone-300 bg-white px-4 py-2.5 font-medium hover:bg-stone-50 disabled:opacity-60";

export type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

const noErrors: FieldErrors = {};

/** An error key from an action as a sentence: a full key ("pair.errors.ended"), the area's own, then the app's. */
export function useActionErrorText(area: string): (key: string) => string {
  const t = useTranslations();
  return (key) => {
    const candidates = key.includes(".") ? [key] : [`${area}.errors.${key}`, `errors.${key}`];
    for (const candidate of candidates) if (t.has(candidate)) return t(candidate);
    return t("errors.unexpected");
  };
}

/**
 * A form over an action. With JavaScript it submits without React's automatic reset, so that a refused
 * save keeps what the person typed (and focuses the first field to fix); `resetOnSuccess` empties a form
 * for a new entry once it is saved. Without JavaScript the plain form action still works.
 */
export function useActionForm(action: FormAction, { resetOnSuccess = false } = {}) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state) return;
    if (state.ok && resetOnSuccess) formRef.current?.reset();
    if (!state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errors = state && !state.ok ? (state.fieldErrors ?? noErrors) : noErrors;
  return { state, formAction, pending, errors, formRef, onSubmit };
}

export type ControlAttributes = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

export type ActionFieldProps = { id: string; name: string; label: string; hint?: string; errors: FieldErrors; children: (attributes: ControlAttributes) => ReactNode };

/** A labelled control that announces its hint and its error; `id` is unique on the page. */
export function ActionField({ id, name, label, hint, errors, children, area, labelClassName }: ActionFieldProps & { area: string; labelClassName: string }) {
  const errorText = useActionErrorText(area);
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClassName}>
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

export type FormStatusProps = { state: ActionResult | null; pending: boolean; success: string; pendingText?: string };

/** The result of the last submit, in a live region that is always there so that screen readers hear it. */
export function ActionStatus({ state, pending, success, pendingText, area }: FormStatusProps & { area: string }) {
  const errorText = useActionErrorText(area);
  const failed = state && !state.ok;
  return (
    <p role="status" aria-live="polite" className={`text-sm ${failed ? "font-medium text-red-700" : "text-brand-700"}`}>
      {pending && pendingText}
      {!pending && state?.ok && success}
      {!pending && failed && errorText(state.error)}
    </p>
  );
}
