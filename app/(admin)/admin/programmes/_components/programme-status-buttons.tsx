"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { Programme } from "@/db/schema";
import { changeProgrammeStatusAction } from "../actions";
import { useProgrammeErrorText } from "./use-programme-error-text";

type Props = { programmeId: string; status: Programme["status"] };

/** Open and close sign-up are one click; archiving ends the programme, so it asks first in a modal dialog. */
export function ProgrammeStatusButtons({ programmeId, status }: Props) {
  const t = useTranslations("programmesAdmin.actions");
  const tc = useTranslations("common");
  const errorText = useProgrammeErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changeProgrammeStatusAction, null);
  const button = "rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60";
  const step = (transition: "open" | "close", className: string) => (
    <form action={action}>
      <input type="hidden" name="programmeId" value={programmeId} />
      <button type="submit" name="transition" value={transition} disabled={pending} className={`${button} ${className}`}>
        {t(transition)}
      </button>
    </form>
  );
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {status === "draft" && step("open", "bg-brand-700 text-white hover:bg-brand-900")}
        {status === "open" && step("close", "border border-stone-300 bg-white hover:bg-stone-100")}
        {status !== "closed" && (
          <button type="button" onClick={() => dialog.current?.showModal()} className={`${button} border border-red-300 bg-white text-red-800 hover:bg-red-50`}>
            {t("archive")}
          </button>
        )}
      </div>
      <p role="status" className="mt-2 text-sm">
        {state?.ok && state.message && <span className="text-brand-700">{t(`done.${state.message}`)}</span>}
        {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
      </p>
      <dialog ref={dialog} aria-labelledby={`archive-title-${programmeId}`} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 p-6 shadow-lg backdrop:bg-stone-900/40">
        <h2 id={`archive-title-${programmeId}`} className="text-lg font-semibold">{t("archiveTitle")}</h2>
        <p className="mt-2 text-stone-700">{t("archiveText")}</p>
        <form action={action} onSubmit={() => dialog.current?.close()} className="mt-5 flex flex-wrap justify-end gap-2">
          <input type="hidden" name="programmeId" value={programmeId} />
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">
            {tc("cancel")}
          </button>
          <button type="submit" name="transition" value="archive" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
            {t("archiveConfirm")}
          </button>
        </form>
      </dialog>
    </div>
  );
}
