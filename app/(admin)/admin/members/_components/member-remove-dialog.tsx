"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { removeMemberAction } from "../actions";
import { useMemberErrorText } from "./use-member-error-text";

/** Removal asks first, in a modal dialog (ui/confirm-dialog.tsx). */
export function MemberRemoveDialog({ membershipId, name }: { membershipId: string; name: string }) {
  const t = useTranslations("members.row");
  const errorText = useMemberErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(removeMemberAction, null);
  return (
    <ConfirmDialog
      triggerLabel={t("remove")}
      triggerSize="xs"
      title={t("removeTitle", { name })}
      text={t("removeText", { name })}
      action={action}
      fields={{ membershipId }}
      confirmLabel={t("removeConfirm")}
      cancelLabel={t("cancel")}
      pending={pending}
      error={state && !state.ok ? errorText(state.error) : null}
    />
  );
}
