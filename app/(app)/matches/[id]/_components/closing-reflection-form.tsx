"use client";

import { useTranslations } from "next-intl";
import { addClosingReflectionAction } from "../actions";
import { FormStatus, inputClass, PairField, primaryButton } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";
import { ActionSummary } from "@/app/_components/action-form";

/** One closing reflection per person, also after the mentorship has ended. */
export function ClosingReflectionForm({ matchId, maxText }: { matchId: string; maxText: number }) {
  const t = useTranslations("pair.closing");
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(addClosingReflectionAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <ActionSummary state={state} area="pair" />
      <input type="hidden" name="matchId" value={matchId} />
      <PairField id="closing-text" name="text" label={t("label")} errors={errors}>
        {(a) => <textarea {...a} rows={4} maxLength={maxText} required className={inputClass} />}
      </PairField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("saving") : t("submit")}
        </button>
        <FormStatus state={state} pending={pending} success={t("saved")} />
      </div>
    </form>
  );
}
