import type { ReactNode } from "react";

// No "use client": the error comes in as a sentence, so server and client forms both render it. The
// translating wrappers (ActionField, ProgrammeField, FieldError) live with the hooks that translate.

export const labelClass = "block text-sm font-medium";
export const hintClass = "text-sm text-stone-600";
export const fieldInputClass = "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/** The attributes that tie a control to its label, hint and error. */
export type ControlAttributes = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A field's error sentence, with the id its control's aria-describedby points at. */
export function FieldErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {children}
    </p>
  );
}

export type FieldProps = {
  /** Unique on the page; the hint and error take `${id}-hint` and `${id}-error`. */
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The error as a sentence, already translated; nothing when the field is fine. */
  error?: string;
  labelClassName?: string;
  children: (attributes: ControlAttributes) => ReactNode;
};

/** A labelled control that announces its hint and its error through aria-describedby. */
export function Field({ id, name, label, hint, error, labelClassName = labelClass, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      {children({ id, name, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {error && <FieldErrorText id={`${id}-error`}>{error}</FieldErrorText>}
    </div>
  );
}
