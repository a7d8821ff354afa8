"use client";

import { useTranslations } from "next-intl";
import type { CaseContent } from "@/lib/codevelopment/cases";
import { CASE_LIMITS } from "@/lib/codevelopment/schemas";
import { FormStatus, inputClass, primaryButton, SessionField, SessionRefInputs, useSessionForm } from "../../../_components/session-form-parts";
import { saveCaseAction } from "../actions";
import { ActionSummary } from "@/app/_components/action-form";

const rows: Record<keyof CaseContent, number> = { title: 1, context: 8, tried: 4, question: 3, helpWanted: 3 };
const required = new Set<keyof CaseContent>(["title", "context", "question"]);

/** The presenter's one page: saved as a draft until the facilitator marks it ready. */
export function CaseForm({ groupId, sessionId, initial, ready }: { groupId: string; sessionId: string; initial: CaseContent | null; ready: boolean }) {
  const t = useTranslations("codevSessions.case");
  const { state, formAction, pending, errors, formRef, onSubmit } = useSessionForm(saveCaseAction);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
      <ActionSummary state={state} area="codevSessions" />
      <SessionRefInputs groupId={groupId} sessionId={sessionId} />
      {(Object.keys(rows) as (keyof CaseContent)[]).map((field) => (
        <SessionField
          key={field}
          id={`case-${field}`}
          name={field}
          label={required.has(field) ? t(`fields.${field}`) : t("optional", { label: t(`fields.${field}`) })}
          hint={t(`hints.${field}`, { max: CASE_LIMITS[field] })}
          errors={errors}
        >
          {(a) =>
            field === "title" ? (
              <input {...a} type="text" maxLength={CASE_LIMITS.title} required defaultValue={initial?.title ?? ""} className={inputClass} />
            ) : (
              <textarea {...a} rows={rows[field]} maxLength={CASE_LIMITS[field]} required={required.has(field)} defaultValue={initial?.[field] ?? ""} className={inputClass} />
            )
          }
        </SessionField>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("saving") : t("save")}
        </button>
        <FormStatus state={state} pending={pending} success={ready ? t("savedReady") : t("saved")} />
      </div>
    </form>
  );
}
