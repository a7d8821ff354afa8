"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { deleteGuideAction } from "../actions";
import { useGuideErrorText } from "./use-guide-error-text";

/** Deleting asks first in a modal dialog: conversations already held keep their own copy. */
export function GuideDeleteDialog({ guideId, name }: { guideId: string; name: string }) {
  const t = useTranslations("guides.library");
  const tc = useTranslations("common");
  const errorText = useGuideErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(deleteGuideAction, null);
  return (
    <div>
      <ConfirmDialog
        triggerLabel={
          <>
            {t("delete")}
            <span className="sr-only"> {name}</span>
          </>
        }
        title={t("deleteTitle", { name })}
        text={t("deleteText")}
        action={action}
        fields={{ guideId }}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={tc("cancel")}
        pending={pending}
        error={state && !state.ok ? errorText(state.error) : null}
      />
    </div>
  );
}
