"use client";

import { useTranslations } from "next-intl";
import { AddItemForm } from "@/app/_components/ui/add-item-form";
import { addNoteAction } from "../actions";
import { inputClass, PairField } from "./pair-form-parts";

/** Adds a note that only the two people of the pair read. */
export function NoteForm({ matchId, maxText }: { matchId: string; maxText: number }) {
  const t = useTranslations("pair.notes");
  return (
    <AddItemForm action={addNoteAction} area="pair" fields={{ matchId }} submitLabel={t("add")} pendingLabel={t("adding")} successText={t("added")}>
      {(errors) => (
        <PairField id="note-body" name="body" label={t("label")} errors={errors}>
          {(a) => <textarea {...a} rows={3} maxLength={maxText} required className={inputClass} />}
        </PairField>
      )}
    </AddItemForm>
  );
}
