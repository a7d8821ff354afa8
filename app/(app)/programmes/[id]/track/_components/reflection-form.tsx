"use client";

import { useTranslations } from "next-intl";
import { ActionField, ActionStatus, ActionSummary, inputClass, primaryButton, useActionForm } from "@/app/_components/action-form";
import { TRACK_LIMITS } from "@/lib/tracks/schemas";
import { saveTrackReflectionAction } from "../actions";

/** The participant's own reflection on a step: only they read it; saving it is what completes the step. */
export function ReflectionForm({ programmeId, stepId, body }: { programmeId: string; stepId: string; body: string | null }) {
  const t = useTranslations("tracks.participant");
  const { state, formAction, pending, errors, formRef, onSubmit } = useActionForm(saveTrackReflectionAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <ActionSummary state={state} area="tracks" />
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="stepId" value={stepId} />
      <ActionField id={`reflection-${stepId}`} name="body" label={t("reflection")} hint={t("reflectionHint")} errors={errors} area="tracks" labelClassName="block font-medium">
        {(a) => <textarea {...a} rows={5} required maxLength={TRACK_LIMITS.reflection} defaultValue={body ?? ""} className={inputClass} />}
      </ActionField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("saving") : body ? t("reflectionUpdate") : t("reflectionSave")}
        </button>
        <ActionStatus state={state} pending={pending} success={t("reflectionSaved")} area="tracks" />
      </div>
    </form>
  );
}
