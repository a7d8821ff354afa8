"use client";

import { useActionErrorText, useActionForm, type FormAction } from "@/app/_components/action-form";

export type PairAction = FormAction;

/** An error key from a pair action as a sentence: a full key ("pair.errors.ended"), this page's own, then the app's. */
export function usePairErrorText(): (key: string) => string {
  return useActionErrorText("pair");
}

/** A form over a pair action (app/_components/action-form.tsx); `resetOnSuccess` empties it for a new goal or note. */
export const usePairForm = useActionForm;
