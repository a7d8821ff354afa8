"use client";

import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import type { MembershipRole } from "@/db/schema";
import type { ActionResult } from "@/lib/auth/action";
import { memberRoles } from "@/lib/members/schemas";
import { Button } from "@/app/_components/ui/button";
import { useActionDialog } from "@/app/_components/ui/use-action-dialog";
import { changeRoleAction } from "../actions";
import { useMemberErrorText } from "./use-member-error-text";

/**
 * A member's role as text, with a button that opens a small dialog to change it. The dialog exists only
 * while open (as ui/confirm-dialog.tsx does): a page of members carried one form per row with a select,
 * a button and React's hidden action fields, about half of the list's HTML (issue 16).
 */
/** `onChanged` tells the list, whose one status line says so (a live region per row was 50 empty paragraphs). */
export function MemberRoleForm({ membershipId, name, role, onChanged }: { membershipId: string; name: string; role: MembershipRole; onChanged: (text: string) => void }) {
  const t = useTranslations("members.row");
  const tRoles = useTranslations("members.roles");
  const errorText = useMemberErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changeRoleAction, null);
  const { ref: dialogRef, open, show, close, onClose, markSubmitted } = useActionDialog(pending, state?.ok === true, () => onChanged(t("roleChangedFor", { name })));
  const titleId = useId();
  const selectId = useId();
  return (
    <div className="cell-inline">
      <span>{tRoles(role)}</span>
      <Button variant="secondary" size="xs" onClick={show}>
        {t("changeRole")}
        <span className="sr-only"> {t("roleLabel", { name })}</span>
      </Button>
      {open && (
        <dialog
          ref={dialogRef}
          onClose={onClose}
          aria-labelledby={titleId}
          className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-xl border border-stone-200 p-6 shadow-lg backdrop:bg-stone-900/40"
        >
          <h2 id={titleId} className="text-lg font-semibold">
            {t("roleLabel", { name })}
          </h2>
          <form action={action} onSubmit={markSubmitted} className="mt-4">
            <input type="hidden" name="membershipId" value={membershipId} />
            <label htmlFor={selectId} className="block text-sm font-medium">
              {t("newRole")}
            </label>
            <select id={selectId} name="role" defaultValue={role} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2">
              {memberRoles.map((r) => (
                <option key={r} value={r}>
                  {tRoles(r)}
                </option>
              ))}
            </select>
            {state && !state.ok && (
              <p role="alert" className="mt-3 text-sm font-medium text-red-700">
                {errorText(state.error)}
              </p>
            )}
            <div className="mt-5 flex flex-wrap justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                {t("cancel")}
              </Button>
              <Button type="submit" disabled={pending}>
                {t("saveRole")}
              </Button>
            </div>
          </form>
        </dialog>
      )}
    </div>
  );
}
