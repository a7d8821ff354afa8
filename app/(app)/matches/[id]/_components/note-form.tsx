"use client";

import { useTranslations } from "next-intl";
import { addNoteAction } from "../actions";
import { FormStatus, inputClass, PairField, primaryButton } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";

/** Adds a note that only the two people of the pair read. */
export function NoteForm({ matchId, maxText }: { matchId: string; maxText: number }) {
  const t = useTranslations("pair.notes");
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(addNoteAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <input type="hidden" name="matchId" value={matchId} />
      <PairField id="note-body" name="body" label={t("label")} errors={errors}>
        {(a) => <textarea {...a} rows={3} maxLength={maxText} required className={inputClass} />}
      </PairField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("adding") : t("add")}
        </button>
        <FormStatus state={state} pending={pending} success={t("added")} />
      </div>
    </form>
  );
}
