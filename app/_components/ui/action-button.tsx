"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { primaryButton, useActionErrorText, type FormAction } from "../action-form";

export type ActionButtonProps = {
  action: FormAction;
  /** The message namespace whose errors come before the app's ("codevSessions", "conversations"). */
  area: string;
  /** Hidden inputs the action reads. */
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  className?: string;
  disabled?: boolean;
};

/** One button that runs one action (start, next, pause, mark done …), with its refusal beside it. */
export function ActionButton({ action, area, fields, label, pendingLabel, className = primaryButton, disabled = false }: ActionButtonProps) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const errorText = useActionErrorText(area);
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
