"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useConversationErrorText } from "../../_components/conversation-field";
import { discardConversationAction } from "../../actions";

/** Calling off a conversation that was not held asks first: it goes, with nothing recorded in it. */
export function DiscardConversationDialog({ conversationId }: { conversationId: string }) {
  const t = useTranslations("conversations.run");
  const errorText = useConversationErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(discardConversationAction, null);
  return (
    <ConfirmDialog
      triggerLabel={t("discard")}
      title={t("discardTitle")}
      text={t("discardText")}
      action={action}
      fields={{ conversationId }}
      confirmLabel={t("discardConfirm")}
      cancelLabel={t("cancel")}
      pending={pending}
      error={state && !state.ok ? errorText(state.error) : null}
    />
  );
}
