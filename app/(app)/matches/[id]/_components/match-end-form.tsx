"use client";

import { useTranslations } from "next-intl";
import { endMatchAction } from "../actions";
import { ConfirmBox, FormStatus, inputClass, PairField } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";
import { ActionSummary } from "@/app/_components/action-form";

/**
 * Ending takes two deliberate steps: opening this panel, then ticking the confirmation box before the
 * button ends the mentorship (the server refuses a post without it).
 */
export function MatchEndForm({ matchId, maxText }: { matchId: string; maxText: number }) {
  const t = useTranslations("pair.end");
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
        <ConfirmBox id="end-confirm" label={t("confirm")} error={errors.confirm} />
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
