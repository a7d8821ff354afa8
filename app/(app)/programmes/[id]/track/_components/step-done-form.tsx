"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, primaryButton, secondaryButton, useActionForm } from "@/app/_components/action-form";
import { setTrackStepDoneAction } from "../actions";

/** Ticks a step off (a reading, a conversation, a pair's meeting), or opens it again. */
export function StepDoneForm({ programmeId, stepId, done, markLabel, stepTitle }: { programmeId: string; stepId: string; done: boolean; markLabel: string; stepTitle: string }) {
  const t = useTranslations("tracks.participant");
  const { state, formAction, pending, formRef, onSubmit } = useActionForm(setTrackStepDoneAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="stepId" value={stepId} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <button type="submit" disabled={pending} className={done ? secondaryButton : primaryButton}>
        {done ? t("unmark") : markLabel}
        <span className="sr-only">: {stepTitle}</span>
      </button>
      <ActionStatus state={state} pending={pending} pendingText={t("saving")} success={state?.ok && state.message === "markedOpen" ? t("markedOpen") : t("markedDone")} area="tracks" />
    </form>
  );
}
