"use client";

import { useTranslations } from "next-intl";
import { STEP_NOTE_MAX } from "@/lib/codevelopment/schemas";
import { FormStatus, inputClass, secondaryButton, SessionField, SessionRefInputs, useSessionForm } from "../../../_components/session-form-parts";
import { addStepNoteAction } from "../actions";

export type BoardNote = { id: string; stepKey: string; body: string; authorName: string | null };

/** The notes of the current step; whoever runs the session, and the presenter, add to them. */
export function StepNotes({ groupId, sessionId, step, notes, canWrite }: { groupId: string; sessionId: string; step: { key: string; title: string }; notes: BoardNote[]; canWrite: boolean }) {
  const t = useTranslations("codevSessions.run.notes");
  const { state, formAction, pending, errors, formRef, onSubmit } = useSessionForm(addStepNoteAction, { resetOnSuccess: true });
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
        <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
          <SessionRefInputs groupId={groupId} sessionId={sessionId} />
          <input type="hidden" name="stepKey" value={step.key} />
          <SessionField id="step-note-body" name="body" label={t("label")} errors={errors}>
            {(a) => <textarea {...a} rows={2} maxLength={STEP_NOTE_MAX} required className={inputClass} />}
          </SessionField>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className={secondaryButton}>
              {pending ? t("adding") : t("add")}
            </button>
            <FormStatus state={state} pending={pending} success={t("added")} />
          </div>
        </form>
      )}
    </section>
  );
}
