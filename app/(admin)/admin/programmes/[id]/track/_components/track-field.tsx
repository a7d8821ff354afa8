"use client";

import type { FieldErrors } from "@/lib/auth/action";
import { Field, type ControlAttributes } from "@/app/_components/ui/field";
import { useTrackErrorText } from "./use-track-error-text";

type Props = { name: string; label: string; errors: FieldErrors; hint?: string; idPrefix?: string; children: (attributes: ControlAttributes) => React.ReactNode };

/** A labelled field (ui/field.tsx) whose error key it shows as the learning track's sentence. */
export function TrackField({ name, label, errors, hint, idPrefix = "track", children }: Props) {
  const errorText = useTrackErrorText();
  const error = errors[name];
  // Dots (title.nl) would need escaping in CSS selectors; ids use dashes.
  return <Field id={`${idPrefix}-${name.replaceAll(".", "-")}`} name={name} label={label} hint={hint} error={error ? errorText(error) : undefined}>{children}</Field>;
}
