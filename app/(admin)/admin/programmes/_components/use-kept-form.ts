"use client";

import { startTransition, useEffect, type FormEvent, type RefObject } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { focusRefusal } from "@/app/_components/focus-refusal";

/**
 * With JavaScript, submit without React's automatic form reset, so that a refused save keeps what the
 * admin typed (without it, the plain form action still works); after a refusal, focus the form's error
 * summary (or the first field that needs attention). Returns the form's onSubmit.
 */
export function useKeptForm(state: ActionResult | null, formAction: (data: FormData) => void, form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (state && !state.ok) focusRefusal(form.current);
  }, [state, form]);
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
