"use client";

import { startTransition, useEffect, type FormEvent, type RefObject } from "react";
import type { ActionResult } from "@/lib/auth/action";

/**
 * With JavaScript, submit without React's automatic form reset, so that a refused save keeps what the
 * admin typed (without it, the plain form action still works); after a refusal, focus the first field
 * that needs attention. Returns the form's onSubmit.
 */
export function useKeptForm(state: ActionResult | null, formAction: (data: FormData) => void, form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (state && !state.ok) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, form]);
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
