"use client";

import { useTranslations } from "next-intl";
import type { Attendance } from "@/db/schema";
import { attendanceFieldName } from "@/lib/codevelopment/schemas";
import { FormStatus, primaryButton, SessionRefInputs, useSessionForm } from "../../../_components/session-form-parts";
import { recordGroupAttendanceAction } from "../actions";
import { ActionSummary } from "@/app/_components/action-form";

type Person = { membershipId: string; name: string; attendance: Attendance };

const choices = ["attended", "absent", "excused"] as const;

/** Who came: one radio group per member of the group, saved together. */
export function AttendanceForm({ groupId, sessionId, people }: { groupId: string; sessionId: string; people: Person[] }) {
  const t = useTranslations("codevSessions.run.attendance");
  const { state, formAction, pending, formRef, onSubmit } = useSessionForm(recordGroupAttendanceAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <ActionSummary state={state} area="codevSessions" />
      <SessionRefInputs groupId={groupId} sessionId={sessionId} />
      {people.map((person) => (
        <fieldset key={person.membershipId} className="rounded-md border border-stone-200 px-3 py-2">
          <legend className="px-1 font-medium">{person.name}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {choices.map((choice) => (
              <label key={choice} className="inline-flex min-h-11 items-center gap-2">
                <input type="radio" name={attendanceFieldName(person.membershipId)} value={choice} defaultChecked={person.attendance === choice} className="h-5 w-5" />
                {t(choice)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("saving") : t("save")}
        </button>
        <FormStatus state={state} pending={pending} success={t("saved")} />
      </div>
    </form>
  );
}
