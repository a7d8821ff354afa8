"use client";

import { useId, type ReactNode } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "./button";
import { useActionDialog } from "./use-action-dialog";

export type ConfirmDialogProps = {
  /** The button that opens the dialog; its text may carry an sr-only part (whose item it removes). */
  triggerLabel: ReactNode;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  title: ReactNode;
  text: ReactNode;
  /** The form's action: the dispatch of the caller's useActionState, so the caller keeps the answer. */
  action: (formData: FormData) => void;
  /** Hidden inputs the action reads (the id of what it removes). */
  fields: Record<string, string>;
  /** A name and value the confirm button posts, for an action that serves several buttons. */
  submitField?: { name: string; value: string };
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  /** The refusal as a sentence, shown in the dialog; nothing when there is none. */
  error?: string | null;
};

/**
 * Asks before an action that cannot be undone, in a modal <dialog> (the browser traps focus and closes it
 * on Escape). The dialog stays open while the action runs and when it is refused, with the reason inside,
 * and closes once it went through. It is rendered only while open: a list of fifty members carries fifty
 * buttons, not fifty dialogs.
 */
export function ConfirmDialog({ triggerLabel, triggerVariant = "dangerOutline", triggerSize = "sm", title, text, action, fields, submitField, confirmLabel, cancelLabel, pending, error }: ConfirmDialogProps) {
  const { ref: dialogRef, open, show, close, onClose, markSubmitted } = useActionDialog(pending, !error);
  const titleId = useId();
  return (
    <>
      <Button variant={triggerVariant} size={triggerSize} onClick={show}>
        {triggerLabel}
      </Button>
      {open && (
        <dialog ref={dialogRef} onClose={onClose} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 p-6 shadow-lg backdrop:bg-stone-900/40">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="mt-2 text-stone-700">{text}</p>
          {error && (
            <p role="alert" className="mt-3 text-sm font-medium text-red-700">
              {error}
            </p>
          )}
          <form action={action} onSubmit={markSubmitted} className="mt-5 flex flex-wrap justify-end gap-2">
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <Button variant="secondary" onClick={close}>
              {cancelLabel}
            </Button>
            <Button type="submit" variant="danger" disabled={pending} {...submitField}>
              {confirmLabel}
            </Button>
          </form>
        </dialog>
      )}
    </>
  );
}
