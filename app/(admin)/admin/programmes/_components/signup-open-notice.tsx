"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "@/app/_components/ui/button";
import { changeProgrammeStatusAction } from "../actions";
import { useProgrammeErrorText } from "./use-programme-error-text";

/**
 * Sign-up is still open while pairs or groups are made: said on the review page and again with the
 * publish question, with "close sign-up" one click away (the programme's own status step). A notice, not
 * a block: publishing while open is allowed, and late sign-ups are placed afterwards.
 */
export function SignupOpenNotice({ programmeId, text }: { programmeId: string; text: string | null }) {
  const t = useTranslations("programmesAdmin.actions");
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changeProgrammeStatusAction, null);
  // Closed (here or elsewhere): the page comes back without the notice. Rendered in the same place, this
  // keeps saying that sign-up was closed, rather than the notice silently disappearing.
  if (text === null) {
    return (
      <p role="status" className="text-brand-900 empty:hidden">
        {state?.ok ? t("done.close") : null}
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <p>{text}</p>
      <form action={action} className="mt-2 flex flex-wrap items-center gap-3">
        <input type="hidden" name="programmeId" value={programmeId} />
        <Button type="submit" name="transition" value="close" size="xs" variant="secondary" disabled={pending || state?.ok === true}>
          {t("close")}
        </Button>
        <span role="status">
          {state?.ok && <span className="text-brand-900">{t("done.close")}</span>}
          {state && !state.ok && <span className="font-medium text-red-700">{errorText(state.error)}</span>}
        </span>
      </form>
    </div>
  );
}
