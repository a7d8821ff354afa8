"use client";

import { ActionField, ActionStatus, useActionErrorText, useActionForm, type ActionFieldProps, type FormAction, type FormStatusProps } from "@/app/_components/action-form";
import { ActionButton as AreaActionButton, type ActionButtonProps } from "@/app/_components/ui/action-button";

export { inputClass, primaryButton, secondaryButton, type ControlAttributes } from "@/app/_components/action-form";
export const linkButton = "text-sm font-medium text-brand-700 underline hover:text-brand-900 disabled:opacity-60";

export type SessionAction = FormAction;

/** An error key from a session action as a sentence: a full key, this area's own, then the app's. */
export function useSessionErrorText(): (key: string) => string {
  return useActionErrorText("codevSessions");
}

/** A form over a session action (app/_components/action-form.tsx); `resetOnSuccess` empties it for a new entry. */
export const useSessionForm = useActionForm;

/** A labelled control that announces its hint and its error; `id` is unique on the page. */
export function SessionField(props: ActionFieldProps) {
  return <ActionField {...props} area="codevSessions" labelClassName="block font-medium" />;
}

/** The result of the last submit, in a live region that is always there so that screen readers hear it. */
export function FormStatus(props: Omit<FormStatusProps, "pendingText">) {
  return <ActionStatus {...props} area="codevSessions" />;
}

export function SessionRefInputs({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  return (
    <>
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="sessionId" value={sessionId} />
    </>
  );
}

/** One button that runs one session action (start, next, pause, mark ready …), with its error beside it. */
export function ActionButton(props: Omit<ActionButtonProps, "area">) {
  return <AreaActionButton {...props} area="codevSessions" />;
}
