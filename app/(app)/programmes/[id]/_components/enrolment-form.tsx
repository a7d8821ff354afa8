"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { Topic } from "@/db/schema";
import type { ActionResult } from "@/lib/auth/action";
import { MAX_GOALS_LENGTH } from "@/lib/mentoring/programme-schemas";
import type { MyEnrolment } from "@/lib/mentoring/member-view";
import { focusRefusal } from "@/app/_components/focus-refusal";
import { Button } from "@/app/_components/ui/button";
import { FieldErrorText } from "@/app/_components/ui/field";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { saveEnrolmentAction } from "../../actions";
import { AvoidPicker } from "./avoid-picker";
import { TopicChoices } from "./topic-choices";
import { useEnrolmentErrorText } from "./use-enrolment-error-text";

type Props = { programmeId: string; topics: Topic[]; defaultCapacity: number; enrolment: MyEnrolment | null; blockedBy: string | null };

/**
 * Enrol as mentee or mentor, or change an active enrolment. One role per programme: once enrolled, the role
 * is fixed here (the server refuses a second role anyway); withdrawing frees it.
 */
export function EnrolmentForm({ programmeId, topics, defaultCapacity, enrolment, blockedBy }: Props) {
  const t = useTranslations("enrolment.form");
  const errorText = useEnrolmentErrorText();
  const active = enrolment?.status === "active" ? enrolment : null;
  const [role, setRole] = useState<"mentee" | "mentor">(enrolment?.role ?? "mentee");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveEnrolmentAction, null);
  const mentee = enrolment?.role === "mentee" ? enrolment : null;
  const mentor = enrolment?.role === "mentor" ? enrolment : null;
  const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state && !state.ok) focusRefusal(formRef.current);
  }, [state]);
  // Without React's automatic reset, a refused save keeps what was typed and ticked.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const errorLine = (name: string) => errors[name] && <FieldErrorText id={`${name}-error`}>{errorText(errors[name])}</FieldErrorText>;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-5 rounded-lg border border-stone-200 bg-white p-5" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      <input type="hidden" name="programmeId" value={programmeId} />
      {active ? (
        <input type="hidden" name="role" value={active.role} />
      ) : (
        <fieldset>
          <legend className="text-sm font-medium">{t("roleLegend")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {(["mentee", "mentor"] as const).map((r) => (
              <label key={r} className="flex items-start gap-2 rounded-md border border-stone-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} className="mt-1 size-4" />
                <span>
                  <span className="block font-medium">{t(`role.${r}`)}</span>
                  <span className="block text-sm text-stone-700">{t(`roleHint.${r}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {role === "mentee" ? (
        <>
          <div>
            <label htmlFor="goals" className="block text-sm font-medium">{t("goals")}</label>
            <p id="goals-hint" className="text-sm text-stone-600">{t("goalsHint", { max: MAX_GOALS_LENGTH })}</p>
            <textarea id="goals" name="goals" rows={4} maxLength={MAX_GOALS_LENGTH} defaultValue={mentee?.answers.goals ?? ""} aria-describedby={errors.goals ? "goals-hint goals-error" : "goals-hint"} aria-invalid={errors.goals ? true : undefined} className={input} />
            {errorLine("goals")}
          </div>
          <TopicChoices legend={t("topicsWanted")} topics={topics} chosen={mentee?.answers.topics ?? []} />
          <AvoidPicker initial={mentee?.avoidPeople ?? []} />
        </>
      ) : (
        <>
          <TopicChoices legend={t("topicsOffered")} topics={topics} chosen={mentor?.answers.topics ?? []} />
          <div>
            <label htmlFor="capacity" className="block text-sm font-medium">{t("capacity")}</label>
            <select id="capacity" name="capacity" defaultValue={mentor?.capacity ?? defaultCapacity} className={`${input} max-w-32`} aria-invalid={errors.capacity ? true : undefined} aria-describedby={errors.capacity ? "capacity-error" : undefined}>
              {[1, 2, 3].map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
            {errorLine("capacity")}
          </div>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="paused" defaultChecked={mentor?.answers.paused ?? false} className="mt-1 size-4" />
            <span>
              <span className="block text-sm font-medium">{t("paused")}</span>
              <span className="block text-sm text-stone-600">{t("pausedHint")}</span>
            </span>
          </label>
        </>
      )}
      {blockedBy && <p id="enrol-blocked" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{blockedBy}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          disabled={pending || Boolean(blockedBy)}
          aria-describedby={blockedBy ? "enrol-blocked" : undefined}
        >
          {pending ? t("saving") : active ? t("update") : t(`submit.${role}`)}
        </Button>
        <p role="status" className="text-sm">
          {state?.ok && state.message && <span className="text-brand-700">{t(`done.${state.message}`)}</span>}
          {state && !state.ok && <span className="text-red-700">{errorText(state.fieldErrors ? Object.values(state.fieldErrors)[0] ?? state.error : state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
