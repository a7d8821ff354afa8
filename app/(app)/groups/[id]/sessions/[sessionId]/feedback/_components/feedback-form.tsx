"use client";

import { useTranslations } from "next-intl";
import { FEEDBACK_COMMENT_MAX } from "@/lib/codevelopment/schemas";
import { FormStatus, inputClass, primaryButton, SessionField, SessionRefInputs, useSessionErrorText, useSessionForm } from "../../../_components/session-form-parts";
import { giveFeedbackAction } from "../actions";
import { ActionSummary } from "@/app/_components/action-form";

const scores = [1, 2, 3, 4, 5] as const;

/** A score from 1 to 5 and an optional comment, sent once. */
export function FeedbackForm({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const t = useTranslations("codevSessions.feedback");
  const errorText = useSessionErrorText();
  const { state, formAction, pending, errors, formRef, onSubmit } = useSessionForm(giveFeedbackAction);
  const scoreError = errors.score;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
      <ActionSummary state={state} area="codevSessions" />
      <SessionRefInputs groupId={groupId} sessionId={sessionId} />
      <fieldset aria-describedby={scoreError ? "feedback-score-error" : undefined}>
        <legend className="font-medium">{t("scoreLabel")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {scores.map((score) => (
            <label key={score} className="inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="score" value={score} required className="h-5 w-5" />
              {t(`scores.${score}`)}
            </label>
          ))}
        </div>
        {scoreError && (
          <p id="feedback-score-error" className="mt-1 text-sm font-medium text-red-700">
            {errorText(scoreError)}
          </p>
        )}
      </fieldset>
      <SessionField id="feedback-comment" name="comment" label={t("commentLabel")} hint={t("commentHint")} errors={errors}>
        {(a) => <textarea {...a} rows={3} maxLength={FEEDBACK_COMMENT_MAX} className={inputClass} />}
      </SessionField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("sending") : t("send")}
        </button>
        <FormStatus state={state} pending={pending} success={t("sent")} />
      </div>
    </form>
  );
}
