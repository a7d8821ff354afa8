"use client";

import { useTranslations } from "next-intl";
import { STEP_NOTE_MAX } from "@/lib/codevelopment/schemas";
import { AddItemForm } from "@/app/_components/ui/add-item-form";
import { inputClass, SessionField } from "../../../_components/session-form-parts";
import { addStepNoteAction } from "../actions";

export type BoardNote = { id: string; stepKey: string; body: string; authorName: string | null };

/** The notes of the current step; whoever runs the session, and the presenter, add to them. */
export function StepNotes({ groupId, sessionId, step, notes, canWrite }: { groupId: string; sessionId: string; step: { key: string; title: string }; notes: BoardNote[]; canWrite: boolean }) {
  const t = useTranslations("codevSessions.run.notes");
  if (!canWrite && notes.length === 0) return null;
  return (
    <section aria-labelledby="runner-notes-heading" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="runner-notes-heading" className="text-lg font-semibold">
        {t("heading", { step: step.title })}
      </h2>
      {notes.length > 0 && (
        <ul className="mt-2 space-y-2">
          {notes.map((note) => (
            <li key={note.id} className="break-words whitespace-pre-line">
              {note.body}
              {note.authorName && <span className="text-sm text-stone-600"> — {note.authorName}</span>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <AddItemForm
          action={addStepNoteAction}
          area="codevSessions"
          fields={{ groupId, sessionId, stepKey: step.key }}
          variant="secondary"
          submitLabel={t("add")}
          pendingLabel={t("adding")}
          successText={t("added")}
        >
          {(errors) => (
            <SessionField id="step-note-body" name="body" label={t("label")} errors={errors}>
              {(a) => <textarea {...a} rows={2} maxLength={STEP_NOTE_MAX} required className={inputClass} />}
            </SessionField>
          )}
        </AddItemForm>
      )}
    </section>
  );
}
