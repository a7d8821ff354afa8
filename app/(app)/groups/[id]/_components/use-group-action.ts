"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";

export type GroupAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** A group action's state, with its refusal as a sentence: a full key ("codevGroups.errors.…") or the app's own. */
export function useGroupAction(action: GroupAction) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const t = useTranslations();
  const error = state && !state.ok ? (state.error.includes(".") ? t(state.error) : t.has(`errors.${state.error}`) ? t(`errors.${state.error}`) : t("errors.unexpected")) : null;
  return { state, formAction, pending, error };
}

export const groupButton = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-50 disabled:opacity-50";
export const groupPrimary = "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-50";
export const groupSelect = "w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-1.5";
