"use client";

import { ActionField, ActionStatus, type ActionFieldProps, type FormStatusProps } from "@/app/_components/action-form";
import { usePairErrorText } from "./use-pair-form";

export { inputClass, primaryButton, secondaryButton, type ControlAttributes } from "@/app/_components/action-form";

/** A labelled control whose hint and error it announces; `id` is unique on the page (several goal forms share names). */
export function PairField(props: ActionFieldProps) {
  return <ActionField {...props} area="pair" labelClassName="block text-sm font-medium" />;
}

export function FormStatus(props: FormStatusProps) {
  return <ActionStatus {...props} area="pair" />;
}

/**
 * The ticked confirmation that ending a pairing asks for (the server refuses a post without `confirm=yes`),
 * with its error at the box.
 */
export function ConfirmBox({ id, label, error }: { id: string; label: string; error: string | undefined }) {
  const errorText = usePairErrorText();
  return (
    <div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" value="yes" required className="mt-1" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        <span>{label}</span>
      </label>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
