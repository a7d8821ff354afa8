"use client";

import { useTranslations } from "next-intl";
import { recordPairAttendanceAction } from "../actions";
import { FormStatus, inputClass, secondaryButton } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";

type Person = { membershipId: string; name: string; attendance: string };

/** Who came to a meeting that has started: one choice per person of the pair, saved one at a time. */
export function AttendanceForm({ matchId, sessionId, person, values }: { matchId: string; sessionId: string; person: Person; values: readonly string[] }) {
  const t = useTranslations("pair.meeting.attendance");
  const { state, formAction, pending, onSubmit } = usePairForm(recordPairAttendanceAction);
  const id = `attendance-${sessionId}-${person.membershipId}`;
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="membershipId" value={person.membershipId} />
      <div className="min-w-0">
        <label htmlFor={id} className="block text-sm font-medium">
          {person.name}
        </label>
        <select id={id} name="attendance" defaultValue={person.attendance === "invited" ? "attended" : person.attendance} className={inputClass}>
          {values.map((value) => (
            <option key={value} value={value}>
              {t(`values.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {t("save")}
        <span className="sr-only">: {person.name}</span>
      </button>
      <FormStatus state={state} pending={pending} success={t("saved")} />
      {person.attendance === "invited" && <p className="w-full text-xs text-stone-600">{t("notRecorded")}</p>}
    </form>
  );
}
