"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { removeMemberAction } from "../actions";
import { useMemberErrorText } from "./use-member-error-text";

/** Removal asks first, in a modal dialog: the browser's <dialog> traps focus and closes on Escape. */
export function MemberRemoveDialog({ membershipId, name }: { membershipId: string; name: string }) {
  const t = useTranslations("members.row");
  const errorText = useMemberErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(removeMemberAction, null);
  const titleId = `remove-title-${membershipId}`;
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-red-300 px-2.5 py-1.5 text-sm text-red-800 hover:bg-red-50"
      >
        {t("remove")}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 p-6 shadow-lg backdrop:bg-stone-900/40">
        <h2 id={titleId} className="text-lg font-semibold">
          {t("removeTitle", { name })}
        </h2>
        <p className="mt-2 text-stone-700">{t("removeText", { name })}</p>
        {state && !state.ok && (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {errorText(state.error)}
          </p>
        )}
        <form action={action} className="mt-5 flex flex-wrap justify-end gap-2">
          <input type="hidden" name="membershipId" value={membershipId} />
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">
            {t("cancel")}
          </button>
          <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
            {t("removeConfirm")}
          </button>
        </form>
      </dialog>
    </>
  );
}
