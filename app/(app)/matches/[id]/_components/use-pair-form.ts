"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";

export type PairAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

const noErrors: FieldErrors = {};

/** An error key from a pair action as a sentence: a full key ("pair.errors.ended"), this page's own, then the app's. */
export function usePairErrorText(): (key: string) => string {
  const t = useTranslations();
  return (key) => {
    const candidates = key.includes(".") ? [key] : [`pair.errors.${key}`, `errors.${key}`];
    for (const candidate of candidates) if (t.has(candidate)) return t(candidate);
    return t("errors.unexpected");
  };
}

/**
 * A form over a pair action. With JavaScript it submits without React's automatic reset, so that a refused
 * save keeps what the person typed (and focuses the first field to fix); `resetOnSuccess` empties a form
 * for a new goal or note once it is saved. Without JavaScript the plain form action still works.
 */
export function usePairForm(action: PairAction, { resetOnSuccess = false } = {}) {
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
