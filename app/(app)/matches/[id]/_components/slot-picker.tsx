"use client";

import { useTranslations } from "next-intl";
import { planFirstMeetingAction } from "../actions";
import { FormStatus, primaryButton } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";

export type SlotOption = { startsAt: string; label: string };

/** The proposed times for the first meeting, each with its own button; the server re-checks the time. */
export function SlotPicker({ matchId, slots }: { matchId: string; slots: SlotOption[] }) {
  const t = useTranslations("pair.meeting");
  const { state, formAction, pending, onSubmit } = usePairForm(planFirstMeetingAction);
  return (
    <>
      <ul aria-label={t("slotsLabel")} className="mt-3 space-y-2">
        {slots.map((slot) => (
          <li key={slot.startsAt}>
            <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-stone-200 bg-white p-3">
              <input type="hidden" name="matchId" value={matchId} />
              <input type="hidden" name="startsAt" value={slot.startsAt} />
              <time dateTime={slot.startsAt} className="font-medium">
                {slot.label}
              </time>
              <button type="submit" disabled={pending} className={primaryButton}>
                {t("plan")}
                <span className="sr-only">: {slot.label}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
      <div className="mt-2">
        <FormStatus state={state} pending={pending} success={t("planned")} pendingText={t("planning")} />
      </div>
    </>
  );
}
