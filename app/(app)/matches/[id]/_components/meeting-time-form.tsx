"use client";

import { useTranslations } from "next-intl";
import { movePairMeetingAction, proposeMeetingAction } from "../actions";
import { FormStatus, inputClass, PairField, primaryButton } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";

type Props = {
  matchId: string;
  /** The viewer's zone: the date and time are typed on their clock. */
  timeZone: string;
  durations: readonly number[];
  /** Moving this meeting rather than proposing a new one. */
  sessionId?: string;
  /** "propose", "counter" (suggest another time), or "move". */
  mode: "propose" | "counter" | "move";
  defaults?: { date: string; time: string };
};

/** A date, a time (on the viewer's own clock) and, for a proposal, a length: one of the pair proposes or moves a meeting. */
export function MeetingTimeForm({ matchId, timeZone, durations, sessionId, mode, defaults }: Props) {
  const t = useTranslations("pair.meeting");
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(mode === "move" ? movePairMeetingAction : proposeMeetingAction);
  const prefix = `meeting-${mode}-${sessionId ?? "new"}`;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <input type="hidden" name="matchId" value={matchId} />
      {sessionId && <input type="hidden" name="sessionId" value={sessionId} />}
      <div className="grid gap-3 sm:grid-cols-3">
        <PairField id={`${prefix}-date`} name="date" label={t("form.date")} errors={errors}>
          {(a) => <input {...a} type="date" required defaultValue={defaults?.date ?? ""} className={inputClass} />}
        </PairField>
        <PairField id={`${prefix}-time`} name="time" label={t("form.time")} hint={t("form.timeHint", { timeZone })} errors={errors}>
          {(a) => <input {...a} type="time" required defaultValue={defaults?.time ?? ""} className={inputClass} />}
        </PairField>
        {mode !== "move" && (
          <PairField id={`${prefix}-duration`} name="durationMinutes" label={t("form.duration")} errors={errors}>
            {(a) => (
              <select {...a} defaultValue="60" className={inputClass}>
                {durations.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {t("duration", { minutes })}
                  </option>
                ))}
              </select>
            )}
          </PairField>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {t(`form.submit.${mode}`)}
        </button>
        <FormStatus state={state} pending={pending} success={t(`form.done.${mode}`)} pendingText={t("form.sending")} />
      </div>
    </form>
  );
}
