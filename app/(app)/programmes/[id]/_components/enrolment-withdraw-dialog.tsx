"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { withdrawEnrolmentAction } from "../../actions";
import { useEnrolmentErrorText } from "./use-enrolment-error-text";

/** Withdrawing asks first: matching stops counting on this person, though they may enrol again while sign-up is open. */
export function EnrolmentWithdrawDialog({ programmeId, kind = "mentoring" }: { programmeId: string; kind?: "mentoring" | "codevelopment" }) {
  const t = useTranslations(kind === "codevelopment" ? "codevEnrolment.withdraw" : "enrolment.withdraw");
  const tc = useTranslations("common");
  const errorText = useEnrolmentErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(withdrawEnrolmentAction, null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm text-red-800 hover:bg-red-50">
        {t("button")}
      </button>
      {state && !state.ok && <p role="alert" className="mt-2 text-sm text-red-700">{errorText(state.error)}</p>}
      <dialog ref={dialog} aria-labelledby="withdraw-title" className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 p-6 shadow-lg backdrop:bg-stone-900/40">
        <h2 id="withdraw-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-2 text-stone-700">{t("text")}</p>
        <form action={action} onSubmit={() => dialog.current?.close()} className="mt-5 flex flex-wrap justify-end gap-2">
          <input type="hidden" name="programmeId" value={programmeId} />
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">
            {tc("cancel")}
          </button>
          <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
            {t("confirm")}
          </button>
        </form>
      </dialog>
    </>
  );
}
