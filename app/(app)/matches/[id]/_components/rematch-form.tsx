"use client";

import { useTranslations } from "next-intl";
import { requestRematchAction } from "../actions";
import { ConfirmBox, FormStatus, primaryButton } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";

/**
 * The no-fault re-match offered after "not a good fit": like ending, it takes a ticked confirmation before
 * the button ends the pairing (the server refuses a post without it).
 */
export function RematchForm({ matchId, otherName, asMentee }: { matchId: string; otherName: string; asMentee: boolean }) {
  const t = useTranslations("pair.rematch");
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(requestRematchAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <input type="hidden" name="matchId" value={matchId} />
      <p className="text-sm text-stone-700">{t(asMentee ? "introMentee" : "introMentor", { name: otherName })}</p>
      <ConfirmBox id="rematch-confirm" label={t("confirm", { name: otherName })} error={errors.confirm} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("sending") : t("submit")}
        </button>
        <FormStatus state={state} pending={pending} success={t("done")} />
      </div>
    </form>
  );
}
