"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";
import { buttonClass } from "./ui/button";
import { Field, fieldInputClass, type ControlAttributes, type FieldProps } from "./ui/field";
import { focusRefusal } from "./focus-refusal";
import { ActionErrorSummary } from "./ui/form-error-summary";

// The forms of the pair's space and the co-development session pages: a server action with field errors,
// a live status line, and controls that announce their hint and error. Each area passes its message
// namespace, so that its own error sentences come before the app's.

export const inputClass = fieldInputClass;
export const primaryButton = buttonClass();
export const secondaryButton = buttonClass({ variant: "secondary" });

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
    if (!state.ok) focusRefusal(formRef.current);
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errors = state && !state.ok ? (state.fieldErrors ?? noErrors) : noErrors;
  return { state, formAction, pending, errors, formRef, onSubmit };
}

export type { ControlAttributes };

export type ActionFieldProps = { id: string; name: string; label: string; hint?: string; errors: FieldErrors; children: (attributes: ControlAttributes) => ReactNode };

/** A labelled control (ui/field.tsx) whose error key from the action it shows as the area's sentence; `id` is unique on the page. */
export function ActionField({ errors, area, labelClassName, ...props }: ActionFieldProps & { area: string; labelClassName: FieldProps["labelClassName"] }) {
  const errorText = useActionErrorText(area);
  const error = errors[props.name];
  return <Field {...props} labelClassName={labelClassName} error={error ? errorText(error) : undefined} />;
}

/** The refusal at the top of a form over an action, in the area's sentences; the first child of the <form>. */
export function ActionSummary({ state, area, fieldOf }: { state: ActionResult | null; area: string; fieldOf?: Record<string, string> }) {
  return <ActionErrorSummary state={state} errorText={useActionErrorText(area)} fieldOf={fieldOf} />;
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
