"use client";

import { startTransition, useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { Button } from "@/app/_components/ui/button";
import { cancelSessionAction, moveSessionAction } from "../actions";
import { FieldErrorText } from "@/app/_components/ui/field";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { useSchedulingErrorText } from "./use-scheduling-error-text";

const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";
const secondary = "rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:border-brand-600 disabled:opacity-60";

/** Move or cancel one session: both tell every participant, so cancelling asks once more first. */
export function SessionManage({ sessionId, date, time, timeZone }: { sessionId: string; date: string; time: string; timeZone: string }) {
  const t = useTranslations("scheduling.manage");
  const errorText = useSchedulingErrorText();
  const id = useId();
  const [moveState, move, moving] = useActionState<ActionResult | null, FormData>(moveSessionAction, null);
  const [cancelState, cancel, cancelling] = useActionState<ActionResult | null, FormData>(cancelSessionAction, null);
  const [confirming, setConfirming] = useState(false);
  const result = cancelState ?? moveState;
  const moveErrors = moveState && !moveState.ok ? (moveState.fieldErrors ?? {}) : {};
  const invalid = (name: string) => (moveErrors[name] ? { "aria-invalid": true as const } : {});
  const errorLine = (name: string) => moveErrors[name] && <FieldErrorText id={`${id}-${name}-error`}>{errorText(moveErrors[name])}</FieldErrorText>;

  return (
    <details className="mt-3 rounded-md border border-stone-200 bg-stone-50 px-3 py-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("summary")}</summary>
      {/* noValidate: the server's answer names the field in the summary; the browser's bubble is gone in a moment. Submitted by hand, so
          that a refused move keeps what was typed. */}
      <form
        action={move}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => move(data));
        }}
        className="mt-3 grid gap-3 sm:grid-cols-2"
      >
        <ActionErrorSummary state={moveState} errorText={errorText} />
        <input type="hidden" name="sessionId" value={sessionId} />
        <div>
          <label htmlFor={`${id}-date`} className="block text-sm font-medium">{t("date")}</label>
          <input id={`${id}-date`} name="date" type="date" defaultValue={date} required {...invalid("date")} aria-describedby={moveErrors.date ? `${id}-date-error` : undefined} className={input} />
          {errorLine("date")}
        </div>
        <div>
          <label htmlFor={`${id}-time`} className="block text-sm font-medium">{t("time")}</label>
          <input id={`${id}-time`} name="time" type="time" defaultValue={time} required {...invalid("time")} aria-describedby={moveErrors.time ? `${id}-hint ${id}-time-error` : `${id}-hint`} className={input} />
          <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">{t("timeHint", { timeZone })}</p>
          {errorLine("time")}
        </div>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium">{t("scope")}</legend>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="one" defaultChecked /> {t("scopeOne")}
          </label>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="following" /> {t("scopeFollowing")}
          </label>
        </fieldset>
        <div className="sm:col-span-2">
          <Button type="submit" size="sm" disabled={moving}>
            {moving ? t("moving") : t("move")}
          </Button>
        </div>
      </form>
      <form action={cancel} className="mt-4 flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3">
        <input type="hidden" name="sessionId" value={sessionId} />
        {confirming ? (
          <>
            <button type="submit" disabled={cancelling} className="rounded-md bg-red-700 px-3 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60">
              {cancelling ? t("cancelling") : t("cancelConfirm")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondary}>
              {t("keep")}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} className={secondary}>
            {t("cancel")}
          </button>
        )}
      </form>
      <p role="status" className="mt-2 text-sm">
        {result?.ok && result.message && <span className="text-brand-700">{t(result.message === "cancelled" ? "cancelled" : "moved")}</span>}
        {result && !result.ok && <span className="text-red-700">{errorText(result.fieldErrors ? Object.values(result.fieldErrors)[0] : result.error)}</span>}
      </p>
    </details>
  );
}
