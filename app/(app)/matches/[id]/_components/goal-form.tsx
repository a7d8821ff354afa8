"use client";

import { useTranslations } from "next-intl";
import { createGoalAction, updateGoalAction } from "../actions";
import { FormStatus, inputClass, PairField, primaryButton } from "./pair-form-parts";
import { usePairForm } from "./use-pair-form";
import { ActionSummary } from "@/app/_components/action-form";

export type GoalFormValues = { id: string; specific: string; measurable: string; achievable: string; relevant: string; dueDate: string; status: string; progress: number };

type Props = { matchId: string; statuses: readonly string[]; maxText: number; goal?: GoalFormValues };

const smartFields = ["specific", "measurable", "achievable", "relevant"] as const;

/** Adds a SMART goal, or edits one when `goal` is given; either person of the pair may. */
export function GoalForm({ matchId, statuses, maxText, goal }: Props) {
  const t = useTranslations("pair.goals");
  const { state, formAction, pending, errors, formRef, onSubmit } = usePairForm(goal ? updateGoalAction : createGoalAction, { resetOnSuccess: !goal });
  const prefix = `goal-${goal?.id ?? "new"}`;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
      <ActionSummary state={state} area="pair" />
      <input type="hidden" name="matchId" value={matchId} />
      {goal && <input type="hidden" name="goalId" value={goal.id} />}
      {smartFields.map((field) => (
        <PairField key={field} id={`${prefix}-${field}`} name={field} label={t(field)} errors={errors}>
          {(a) => <textarea {...a} rows={2} maxLength={maxText} required defaultValue={goal?.[field] ?? ""} className={inputClass} />}
        </PairField>
      ))}
      <div className="grid gap-4 sm:grid-cols-3">
        <PairField id={`${prefix}-dueDate`} name="dueDate" label={t("dueDate")} errors={errors}>
          {(a) => <input {...a} type="date" required defaultValue={goal?.dueDate ?? ""} className={inputClass} />}
        </PairField>
        <PairField id={`${prefix}-status`} name="status" label={t("status")} errors={errors}>
          {(a) => (
            <select {...a} defaultValue={goal?.status ?? "notStarted"} className={inputClass}>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </PairField>
        <PairField id={`${prefix}-progress`} name="progress" label={t("progress")} errors={errors}>
          {(a) => <input {...a} type="number" inputMode="numeric" min={0} max={100} step={5} required defaultValue={goal?.progress ?? 0} className={inputClass} />}
        </PairField>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("saving") : goal ? t("save") : t("create")}
        </button>
        <FormStatus state={state} pending={pending} success={goal ? t("saved") : t("created")} />
      </div>
    </form>
  );
}
