"use client";

import { useTranslations } from "next-intl";
import { answerFitCheckAction } from "../actions";
import { FormStatus, inputClass, PairField, primaryButton } from "./pair-form-parts";
import { usePairErrorText, usePairForm } from "./use-pair-form";
import { ActionSummary } from "@/app/_components/action-form";

/** "Is this pairing a good fit?": yes, or ask the programme team for a new match (with an optional note). */
export function FitCheckForm({ matchId, maxText }: { matchId: string; maxText: number }) {
  const t = useTranslations("pair.fit");
  const errorText = usePairErrorText();
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(answerFitCheckAction);
  const answerError = errors.answer;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
      <ActionSummary state={state} area="pair" />
      <input type="hidden" name="matchId" value={matchId} />
      <fieldset aria-describedby={answerError ? "fit-answer-error" : undefined}>
        <legend className="text-sm font-medium">{t("answerLabel")}</legend>
        <div className="mt-1 space-y-1">
          {(["goodFit", "newMatch"] as const).map((value, index) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="answer" value={value} required aria-invalid={answerError && index === 0 ? true : undefined} />
              {value === "goodFit" ? t("yes") : t("newMatch")}
            </label>
          ))}
        </div>
        {answerError && (
          <p id="fit-answer-error" className="mt-1 text-sm font-medium text-red-700">
            {errorText(answerError)}
          </p>
        )}
      </fieldset>
      <PairField id="fit-text" name="text" label={t("textLabel")} hint={t("textHint")} errors={errors}>
        {(a) => <textarea {...a} rows={3} maxLength={maxText} className={inputClass} />}
      </PairField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("sending") : t("submit")}
        </button>
        <FormStatus state={state} pending={pending} success={t("saved")} />
      </div>
    </form>
  );
}
