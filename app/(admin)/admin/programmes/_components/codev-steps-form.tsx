"use client";

import { useActionState, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { Method } from "@/lib/codevelopment/core/method-types";
import { Button } from "@/app/_components/ui/button";
import { saveCodevStepsAction } from "../actions";
import { inputClass, ProgrammeField } from "./programme-field";
import { useKeptForm } from "./use-kept-form";
import { useProgrammeErrorText } from "./use-programme-error-text";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";

/** The programme's copy of its method: each step's title, instruction and minutes, in both languages. */
export function CodevStepsForm({ programmeId, method, sessionMinutes }: { programmeId: string; method: Method; sessionMinutes: number }) {
  const t = useTranslations("codevAdmin.steps");
  const tf = useTranslations("programmesAdmin.form");
  const tc = useTranslations("common");
  const locale = useLocale() === "en" ? "en" : "nl";
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveCodevStepsAction, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  const [minutes, setMinutes] = useState(() => method.steps.map((s) => s.minutes));
  const total = minutes.reduce((sum, m) => sum + (Number.isFinite(m) ? m : 0), 0);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <ol className="space-y-4">
        {method.steps.map((step, i) => (
          <li key={step.key}>
            <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
              <legend className="px-1 font-medium">{t("stepLegend", { number: i + 1, title: step.title[locale] })}</legend>
              <input type="hidden" name={`steps.${i}.key`} value={step.key} />
              <div className="max-w-40">
                <ProgrammeField name={`steps.${i}.minutes`} label={t("minutes")} errors={errors}>
                  {(a) => (
                    <input
                      {...a}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={120}
                      defaultValue={step.minutes}
                      onChange={(e) => setMinutes((all) => all.map((m, j) => (j === i ? e.currentTarget.valueAsNumber : m)))}
                      className={inputClass}
                    />
                  )}
                </ProgrammeField>
              </div>
              <div className="mt-3 grid gap-4 sm:grid-cols-2">
                {(["nl", "en"] as const).map((l) => (
                  <div key={l} className="space-y-3">
                    <ProgrammeField name={`steps.${i}.title.${l}`} label={t("title", { language: tf(`inLanguage.${l}`) })} errors={errors}>
                      {(a) => <input {...a} lang={l} defaultValue={step.title[l]} className={inputClass} />}
                    </ProgrammeField>
                    <ProgrammeField name={`steps.${i}.instruction.${l}`} label={t("instruction", { language: tf(`inLanguage.${l}`) })} errors={errors}>
                      {(a) => <textarea {...a} lang={l} rows={3} defaultValue={step.instruction[l]} className={inputClass} />}
                    </ProgrammeField>
                  </div>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className={total > sessionMinutes ? "rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" : "text-sm text-stone-700"}>
        {t(total > sessionMinutes ? "totalOver" : "total", { total, session: sessionMinutes })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : t("save")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm">
          {state?.ok && <span className="text-brand-700">{t("saved")}</span>}
          {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
