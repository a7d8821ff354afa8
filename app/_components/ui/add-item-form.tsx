"use client";

import type { ReactNode } from "react";
import type { FieldErrors } from "@/lib/auth/action";
import { ActionStatus, ActionSummary, useActionForm, type FormAction } from "../action-form";
import { Button, type ButtonVariant } from "./button";

export type AddItemFormProps = {
  action: FormAction;
  /** The message namespace whose errors come before the app's ("pair", "codevSessions"). */
  area: string;
  /** Hidden inputs the action reads (the pair, the session, the step). */
  fields: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  /** Said in the status line once the item is added. */
  successText: string;
  variant?: ButtonVariant;
  /** Layout: the margin above the form. */
  className?: string;
  /** The form's own controls, tied to their errors. */
  children: (errors: FieldErrors) => ReactNode;
};

/**
 * A form that adds one item to a list (a note, an action): the fields, a button that says what it adds
 * and, while it saves, that it is adding, and a live status line. It empties itself once the item is
 * saved and keeps the text when the server refuses it (app/_components/action-form.tsx).
 */
export function AddItemForm({ action, area, fields, submitLabel, pendingLabel, successText, variant = "primary", className = "mt-3", children }: AddItemFormProps) {
  const { state, formAction, pending, errors, formRef, onSubmit } = useActionForm(action, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={`${className} space-y-3`}>
      <ActionSummary state={state} area={area} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(errors)}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <ActionStatus area={area} state={state} pending={pending} success={successText} />
      </div>
    </form>
  );
}
