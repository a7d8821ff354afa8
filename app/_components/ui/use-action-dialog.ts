"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A modal <dialog> around a form's action, rendered only while open: `open` mounts it and shows it modal
 * (the browser traps focus and closes it on Escape), and once a submitted action has finished it closes
 * when `succeeded`, or stays open with the refusal inside. Shared by ui/confirm-dialog.tsx and the small
 * dialogs that change one thing (a member's role).
 */
export function useActionDialog(pending: boolean, succeeded: boolean, onSucceeded?: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const submitted = useRef(false);
  useEffect(() => {
    if (open) ref.current?.showModal();
  }, [open]);
  useEffect(() => {
    if (pending || !submitted.current) return;
    submitted.current = false;
    if (!succeeded) return;
    ref.current?.close();
    onSucceeded?.();
    // A new callback alone runs nothing: only the end of a submitted action does.
  }, [pending, succeeded, onSucceeded]);
  return {
    ref,
    open,
    show: () => setOpen(true),
    close: () => ref.current?.close(),
    /** For the dialog's onClose: unmounts it. */
    onClose: () => setOpen(false),
    /** For the form's onSubmit. */
    markSubmitted: () => {
      submitted.current = true;
    },
  };
}
