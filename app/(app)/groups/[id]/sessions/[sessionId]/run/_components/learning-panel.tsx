"use client";

import { useTranslations } from "next-intl";
import type { LearningView } from "@/lib/codevelopment/learnings";
import { LEARNING_MAX } from "@/lib/codevelopment/schemas";
import { FormStatus, inputClass, primaryButton, SessionField, SessionRefInputs, useSessionForm } from "../../../_components/session-form-parts";
import { saveLearningAction } from "../actions";
import { ActionSummary } from "@/app/_components/action-form";

/** What each participant takes away: their own text (editable) and the others'. */
export function LearningPanel({ groupId, sessionId, learnings, canWrite }: { groupId: string; sessionId: string; learnings: LearningView[]; canWrite: boolean }) {
  const t = useTranslations("codevSessions.run.learning");
  const { state, formAction, pending, errors, formRef, onSubmit } = useSessionForm(saveLearningAction);
  const mine = learnings.find((l) => l.mine);
  const others = learnings.filter((l) => !l.mine);
  return (
    <>
      {canWrite ? (
        <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
          <ActionSummary state={state} area="codevSessions" />
          <SessionRefInputs groupId={groupId} sessionId={sessionId} />
          <SessionField id="learning-body" name="body" label={t("label")} hint={t("hint")} errors={errors}>
            {(a) => <textarea {...a} rows={3} maxLength={LEARNING_MAX} required defaultValue={mine?.body ?? ""} className={inputClass} />}
          </SessionField>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className={primaryButton}>
              {pending ? t("saving") : mine ? t("update") : t("save")}
            </button>
            <FormStatus state={state} pending={pending} success={t("saved")} />
          </div>
        </form>
      ) : (
        mine && <p className="mt-3 break-words whitespace-pre-line">{mine.body}</p>
      )}
      {others.length > 0 && (
        <ul className="mt-4 space-y-2">
          {others.map((learning) => (
            <li key={learning.membershipId} className="rounded-md border border-stone-200 bg-white px-3 py-2">
              <p className="text-sm font-medium text-stone-700">{learning.name ?? t("formerMember")}</p>
              <p className="break-words whitespace-pre-line">{learning.body}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
