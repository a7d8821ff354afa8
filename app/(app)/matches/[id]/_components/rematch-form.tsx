"use client";

import { useTranslations } from "next-intl";
import { requestRematchAction } from "../actions";
import { FormStatus, primaryButton } from "./pair-form-parts";
import { usePairErrorText, usePairForm } from "./use-pair-form";

/**
 * The no-fault re-match offered after "not a good fit": like ending, it takes a ticked confirmation before
 * the button ends the pairing (the server refuses a post without it).
 */
export function RematchForm({ matchId, otherName, asMentee }: { matchId: string; otherName: string; asMentee: boolean }) {
  const t = useTranslations("pair.rematch");
  const errorText = usePairErrorText();
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(requestRematchAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <input type="hidden" name="matchId" value={matchId} />
      <p className="text-sm text-stone-700">{t(asMentee ? "introMentee" : "introMentor", { name: otherName })}</p>
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            className="mt-1"
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? "rematch-confirm-error" : undefined}
          />
          <span>{t("confirm", { name: otherName })}</span>
        </label>
        {errors.confirm && (
          <p id="rematch-confirm-error" className="mt-1 text-sm font-medium text-red-700">
            {errorText(errors.confirm)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("sending") : t("submit")}
        </button>
        <FormStatus state={state} pending={pending} success={t("done")} />
      </div>
    </form>
  );
}
