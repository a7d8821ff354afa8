"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { withdrawEnrolmentAction } from "../../actions";
import { useEnrolmentErrorText } from "./use-enrolment-error-text";

/** Withdrawing asks first: matching stops counting on this person, though they may enrol again while sign-up is open. */
export function EnrolmentWithdrawDialog({ programmeId, kind = "mentoring" }: { programmeId: string; kind?: "mentoring" | "codevelopment" }) {
  const t = useTranslations(kind === "codevelopment" ? "codevEnrolment.withdraw" : "enrolment.withdraw");
  const tc = useTranslations("common");
  const errorText = useEnrolmentErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(withdrawEnrolmentAction, null);
  return (
    <ConfirmDialog
      triggerLabel={t("button")}
      title={t("title")}
      text={t("text")}
      action={action}
      fields={{ programmeId }}
      confirmLabel={t("confirm")}
      cancelLabel={tc("cancel")}
      pending={pending}
      error={state && !state.ok ? errorText(state.error) : null}
    />
  );
}
