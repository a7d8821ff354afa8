"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";

export const inputClass = "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
export const primaryButton = "rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-900 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-stone-300 bg-white px-4 py-2.5 font-medium hover:bg-stone-50 disabled:opacity-60";
export const linkButton = "text-sm font-medium text-brand-700 underline hover:text-brand-900 disabled:opacity-60";

export type SessionAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

const noErrors: FieldErrors = {};

/** An error key from a session action as a sentence: a full key, this area's own, then the app's. */
export function useSessionErrorText(): (key: string) => string {
  const t = useTranslations();
  return (key) => {
    const candidates = key.includes(".") ? [key] : [`codevSessions.errors.${key}`, `errors.${key}`];
    for (const candidate of candidates) if (t.has(candidate)) return t(candidate);
    return t("errors.unexpected");
  };
}

/**
 * A form over a session action. With JavaScript it submits without React's automatic reset, so that a
 * refused save keeps what the person typed (and focuses the first field to fix); `resetOnSuccess` empties
 * a form for a new entry once it is saved. Without JavaScript the plain form action still works.
 */
export function useSessionForm(action: SessionAction, { resetOnSuccess = false } = {}) {
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

type FieldProps = { id: string; name: string; label: string; hint?: string; errors: FieldErrors; children: (attributes: ControlAttributes) => ReactNode };

/** A labelled control that announces its hint and its error; `id` is unique on the page. */
export function SessionField({ id, name, label, hint, errors, children }: FieldProps) {
  const errorText = useSessionErrorText();
  const error = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block font-medium">
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
export function FormStatus({ state, pending, success }: { state: ActionResult | null; pending: boolean; success: string }) {
  const errorText = useSessionErrorText();
  const failed = state && !state.ok;
  return (
    <p role="status" aria-live="polite" className={`text-sm ${failed ? "font-medium text-red-700" : "text-brand-700"}`}>
      {!pending && state?.ok && success}
      {!pending && failed && errorText(state.error)}
    </p>
  );
}

export function SessionRefInputs({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  return (
    <>
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="sessionId" value={sessionId} />
    </>
  );
}

type ActionButtonProps = {
  action: SessionAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  className?: string;
  disabled?: boolean;
};

/** One button that runs one action (start, next, pause, mark ready …), with its error beside it. */
export function ActionButton({ action, fields, label, pendingLabel, className = primaryButton, disabled = false }: ActionButtonProps) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const errorText = useSessionErrorText();
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending || disabled} className={className}>
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errorText(state.error)}
        </p>
      )}
    </form>
  );
}
