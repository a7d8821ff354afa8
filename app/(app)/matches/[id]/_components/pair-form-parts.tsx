"use client";

import { ActionField, ActionStatus, type ActionFieldProps, type FormStatusProps } from "@/app/_components/action-form";

export { inputClass, primaryButton, secondaryButton, type ControlAttributes } from "@/app/_components/action-form";

/** A labelled control whose hint and error it announces; `id` is unique on the page (several goal forms share names). */
export function PairField(props: ActionFieldProps) {
  return <ActionField {...props} area="pair" labelClassName="block text-sm font-medium" />;
}

export function FormStatus(props: FormStatusProps) {
  return <ActionStatus {...props} area="pair" />;
}
