"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { Programme } from "@/db/schema";
import { Button, type ButtonVariant } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { changeProgrammeStatusAction } from "../actions";
import { useProgrammeErrorText } from "./use-programme-error-text";

type Props = { programmeId: string; status: Programme["status"] };

/** Open and close sign-up are one click; archiving ends the programme, so it asks first in a modal dialog. */
export function ProgrammeStatusButtons({ programmeId, status }: Props) {
  const t = useTranslations("programmesAdmin.actions");
  const tc = useTranslations("common");
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changeProgrammeStatusAction, null);
  const step = (transition: "open" | "close", variant: ButtonVariant) => (
    <form action={action}>
      <input type="hidden" name="programmeId" value={programmeId} />
      <Button type="submit" name="transition" value={transition} disabled={pending} variant={variant} size="sm">
        {t(transition)}
      </Button>
    </form>
  );
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {status === "draft" && step("open", "primary")}
        {status === "open" && step("close", "secondary")}
        {status !== "closed" && (
          <ConfirmDialog
            triggerLabel={t("archive")}
            title={t("archiveTitle")}
            text={t("archiveText")}
            action={action}
            fields={{ programmeId }}
            submitField={{ name: "transition", value: "archive" }}
            confirmLabel={t("archiveConfirm")}
            cancelLabel={tc("cancel")}
            pending={pending}
            error={state && !state.ok ? errorText(state.error) : null}
          />
        )}
      </div>
      <p role="status" className="mt-2 text-sm">
        {state?.ok && state.message && <span className="text-brand-700">{t(`done.${state.message}`)}</span>}
        {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
      </p>
    </div>
  );
}
