"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { MembershipRole } from "@/db/schema";
import type { ActionResult } from "@/lib/auth/action";
import { memberRoles } from "@/lib/members/schemas";
import { changeRoleAction } from "../actions";
import { useMemberErrorText } from "./use-member-error-text";

export function MemberRoleForm({ membershipId, name, role }: { membershipId: string; name: string; role: MembershipRole }) {
  const t = useTranslations("members.row");
  const tRoles = useTranslations("members.roles");
  const errorText = useMemberErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changeRoleAction, null);
  const selectId = `role-${membershipId}`;
  return (
    <form action={action}>
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={selectId} className="sr-only">
        {t("roleLabel", { name })}
      </label>
      <div className="inline-flex items-center gap-2 whitespace-nowrap">
        <select id={selectId} name="role" defaultValue={role} key={role} className="rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
          {memberRoles.map((r) => (
            <option key={r} value={r}>
              {tRoles(r)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-2.5 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60">
          {t("changeRole")}
        </button>
      </div>
      <p role="status" className="mt-1 text-sm empty:hidden">
        {state?.ok && <span className="text-brand-700">{t("roleChanged")}</span>}
        {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
      </p>
    </form>
  );
}
