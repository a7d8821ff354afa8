"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { removeTrackStepAction } from "../actions";
import { useTrackErrorText } from "./use-track-error-text";

/** Removing a step asks first in a modal dialog: it leaves every participant's track. */
export function TrackStepRemoveDialog({ programmeId, stepId, title, number }: { programmeId: string; stepId: string; title: string; number: number }) {
  const t = useTranslations("tracks.admin");
  const tc = useTranslations("common");
  const errorText = useTrackErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(removeTrackStepAction, null);
  return (
    <ConfirmDialog
      triggerLabel={
        <>
          {t("remove")}
          <span className="sr-only"> {t("stepNumber", { number })}: {title}</span>
        </>
      }
      triggerSize="xs"
      title={t("removeTitle", { title })}
      text={t("removeText")}
      action={action}
      fields={{ programmeId, stepId }}
      confirmLabel={t("removeConfirm")}
      cancelLabel={tc("cancel")}
      pending={pending}
      error={state && !state.ok ? errorText(state.error) : null}
    />
  );
}
