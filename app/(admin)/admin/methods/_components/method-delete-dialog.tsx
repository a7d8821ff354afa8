"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useProgrammeErrorText } from "@/app/(admin)/admin/programmes/_components/use-programme-error-text";
import { deleteMethodAction } from "../actions";

/** Deleting asks first in a modal dialog; the server refuses while a programme uses the method. */
export function MethodDeleteDialog({ methodId, name }: { methodId: string; name: string }) {
  const t = useTranslations("codevAdmin.library");
  const tc = useTranslations("common");
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(deleteMethodAction, null);
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
        fields={{ methodId }}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={tc("cancel")}
        pending={pending}
        error={state && !state.ok ? errorText(state.error) : null}
      />
    </div>
  );
}
