"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { resendInvitationAction } from "../actions";
import { useMemberErrorText } from "./use-member-error-text";

export function MemberResendButton({ membershipId }: { membershipId: string }) {
  const t = useTranslations("members.row");
  const errorText = useMemberErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(resendInvitationAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-2.5 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60">
        {t("resend")}
      </button>
      <p role="status" className="mt-1 text-sm empty:hidden">
        {state?.ok && <span className="text-brand-700">{t("resent")}</span>}
        {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
      </p>
    </form>
  );
}
