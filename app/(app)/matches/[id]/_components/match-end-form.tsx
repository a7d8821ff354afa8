"use client";

import { useTranslations } from "next-intl";
import { endMatchAction } from "../actions";
import { FormStatus, inputClass, PairField } from "./pair-form-parts";
import { usePairErrorText, usePairForm } from "./use-pair-form";
import { ActionSummary } from "@/app/_components/action-form";

/**
 * Ending takes two deliberate steps: opening this panel, then ticking the confirmation box before the
 * button ends the mentorship (the server refuses a post without it).
 */
export function MatchEndForm({ matchId, maxText }: { matchId: string; maxText: number }) {
  const t = useTranslations("pair.end");
  const errorText = usePairErrorText();
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(endMatchAction);
  return (
    <details className="group rounded-lg border border-stone-200 bg-white p-4">
      <summary className="cursor-pointer font-medium text-red-800">{t("open")}</summary>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
        <ActionSummary state={state} area="pair" />
        <input type="hidden" name="matchId" value={matchId} />
        <p className="text-sm text-stone-700">{t("intro")}</p>
        <PairField id="end-text" name="text" label={t("textLabel")} hint={t("textHint")} errors={errors}>
          {(a) => <textarea {...a} rows={4} maxLength={maxText} className={inputClass} />}
        </PairField>
        <div>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              required
              className="mt-1"
              aria-invalid={errors.confirm ? true : undefined}
              aria-describedby={errors.confirm ? "end-confirm-error" : undefined}
            />
            <span>{t("confirm")}</span>
          </label>
          {errors.confirm && (
            <p id="end-confirm-error" className="mt-1 text-sm font-medium text-red-700">
              {errorText(errors.confirm)}
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2.5 font-medium text-white hover:bg-red-800 disabled:opacity-60">
            {pending ? t("ending") : t("submit")}
          </button>
          <FormStatus state={state} pending={pending} success={t("ended")} />
        </div>
      </form>
    </details>
  );
}
