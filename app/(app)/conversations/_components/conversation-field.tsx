"use client";

import { ActionField, useActionErrorText, type ActionFieldProps } from "@/app/_components/action-form";

/** A labelled control whose error key from a conversation action it shows as a sentence; `id` is unique on the page. */
export function ConversationField(props: ActionFieldProps) {
  return <ActionField {...props} area="conversations" labelClassName="block font-medium" />;
}

export function useConversationErrorText(): (key: string) => string {
  return useActionErrorText("conversations");
}
