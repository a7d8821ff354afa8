"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { useProgrammeErrorText } from "@/app/(admin)/admin/programmes/_components/use-programme-error-text";
import { deleteMethodAction } from "../actions";

/** Deleting asks first in a modal dialog; the server refuses while a programme uses the method. */
export function MethodDeleteDialog({ methodId, name }: { methodId: string; name: string }) {
  const t = useTranslations("codevAdmin.library");
  const tc = useTranslations("common");
  const errorText = useProgrammeErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(deleteMethodAction, null);
  const titleId = `delete-title-${methodId}`;
  return (
    <div>
      <button type="button" onClick={() => dialog.current?.showModal()} className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50">
        {t("delete")}
        <span className="sr-only"> {name}</span>
      </button>
      <p role="alert" className="mt-2 text-sm text-red-700 empty:hidden">{state && !state.ok ? errorText(state.error) : null}</p>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 p-6 shadow-lg backdrop:bg-stone-900/40">
        <h2 id={titleId} className="text-lg font-semibold">{t("deleteTitle", { name })}</h2>
        <p className="mt-2 text-stone-700">{t("deleteText")}</p>
        <form action={action} onSubmit={() => dialog.current?.close()} className="mt-5 flex flex-wrap justify-end gap-2">
          <input type="hidden" name="methodId" value={methodId} />
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">
            {tc("cancel")}
          </button>
          <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60">
            {t("deleteConfirm")}
          </button>
        </form>
      </dialog>
    </div>
  );
}
