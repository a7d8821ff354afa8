"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { Method } from "@/lib/codevelopment/core/method-types";
import { inputClass, ProgrammeField } from "@/app/(admin)/admin/programmes/_components/programme-field";
import { useKeptForm } from "@/app/(admin)/admin/programmes/_components/use-kept-form";
import { useProgrammeErrorText } from "@/app/(admin)/admin/programmes/_components/use-programme-error-text";
import { Button } from "@/app/_components/ui/button";
import { createMethodAction, updateMethodAction } from "../actions";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";

const MAX_STEPS = 15;
const languages = ["nl", "en"] as const;

type Text = { nl: string; en: string };
type StepDraft = { id: number; key?: string; minutes: string; title: Text; instruction: Text };

// Client-side identities of steps (React keys), so that moving a step moves its fields.
let lastStepId = 0;
const draft = (step?: Method["steps"][number]): StepDraft => ({
  id: ++lastStepId,
  key: step?.key,
  minutes: step ? String(step.minutes) : "10",
  title: step?.title ?? { nl: "", en: "" },
  instruction: step?.instruction ?? { nl: "", en: "" },
});

/**
 * An organisation's own method: name, summary and steps in both languages. Steps can be added, removed
 * and moved; the fields of a step are controlled, so that moving a step moves what was typed in it.
 */
export function MethodForm({ methodId, initial }: { methodId?: string; initial?: Method }) {
  const t = useTranslations("codevAdmin.editor");
  const tf = useTranslations("programmesAdmin.form");
  const tc = useTranslations("common");
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(methodId ? updateMethodAction : createMethodAction, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  const [steps, setSteps] = useState<StepDraft[]>(() => (initial?.steps.length ? initial.steps.map(draft) : [draft()]));
  const [announcement, setAnnouncement] = useState("");
  const focusStep = useRef<number | null>(null);
  useEffect(() => {
    if (focusStep.current === null) return;
    formRef.current?.querySelector<HTMLElement>(`[data-step="${focusStep.current}"]`)?.focus();
    focusStep.current = null;
  }, [steps]);

  const update = (id: number, change: (s: StepDraft) => StepDraft) => setSteps((all) => all.map((s) => (s.id === id ? change(s) : s)));
  const move = (index: number, by: -1 | 1) => {
    setSteps((all) => {
      const next = [...all];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
    setAnnouncement(t("moved", { from: index + 1, to: index + 1 + by }));
  };
  const remove = (index: number) => {
    setSteps((all) => all.filter((_, i) => i !== index));
    setAnnouncement(t("removed", { number: index + 1 }));
  };
  const add = () => {
    const step = draft();
    focusStep.current = step.id;
    setSteps((all) => [...all, step]);
    setAnnouncement(t("added", { number: steps.length + 1 }));
  };
  const total = steps.reduce((sum, s) => sum + (Number(s.minutes) > 0 ? Number(s.minutes) : 0), 0);
  const small = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-50";

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-6 max-w-3xl space-y-6" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      {methodId && <input type="hidden" name="methodId" value={methodId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {languages.map((l) => (
          <fieldset key={l} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 font-medium">{tf(`inLanguage.${l}`)}</legend>
            <ProgrammeField name={`name.${l}`} label={t("name")} errors={errors}>
              {(a) => <input {...a} lang={l} defaultValue={initial?.name[l] ?? ""} className={inputClass} />}
            </ProgrammeField>
            <ProgrammeField name={`summary.${l}`} label={t("summary")} hint={t("summaryHint")} errors={errors}>
              {(a) => <textarea {...a} lang={l} rows={3} defaultValue={initial?.summary[l] ?? ""} className={inputClass} />}
            </ProgrammeField>
          </fieldset>
        ))}
      </div>
      <section aria-labelledby="steps-heading" className="space-y-4">
        <h2 id="steps-heading" className="text-xl font-semibold">{t("stepsTitle")}</h2>
        {errors.steps && <p className="text-sm text-red-700">{errorText(errors.steps)}</p>}
        <ol className="space-y-4">
          {steps.map((step, i) => (
            <li key={step.id}>
              <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
                <legend className="px-1 font-medium">{t("stepLegend", { number: i + 1 })}</legend>
                {step.key && <input type="hidden" name={`steps.${i}.key`} value={step.key} />}
                <div className="flex flex-wrap items-end justify-between gap-3">
                  <div className="w-32">
                    <ProgrammeField name={`steps.${i}.minutes`} label={t("minutes")} errors={errors}>
                      {(a) => (
                        <input {...a} type="number" inputMode="numeric" min={1} max={120} value={step.minutes} onChange={(e) => update(step.id, (s) => ({ ...s, minutes: e.target.value }))} className={inputClass} />
                      )}
                    </ProgrammeField>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <button type="button" className={small} disabled={i === 0} onClick={() => move(i, -1)}>
                      {t("moveUp")}<span className="sr-only"> {t("stepLegend", { number: i + 1 })}</span>
                    </button>
                    <button type="button" className={small} disabled={i === steps.length - 1} onClick={() => move(i, 1)}>
                      {t("moveDown")}<span className="sr-only"> {t("stepLegend", { number: i + 1 })}</span>
                    </button>
                    <button type="button" className={`${small} text-red-800`} disabled={steps.length === 1} onClick={() => remove(i)}>
                      {t("remove")}<span className="sr-only"> {t("stepLegend", { number: i + 1 })}</span>
                    </button>
                  </div>
                </div>
                <div className="mt-3 grid gap-4 sm:grid-cols-2">
                  {languages.map((l) => (
                    <div key={l} className="space-y-3">
                      <ProgrammeField name={`steps.${i}.title.${l}`} label={t("stepTitle", { language: tf(`inLanguage.${l}`) })} errors={errors}>
                        {(a) => (
                          <input
                            {...a}
                            data-step={l === "nl" ? step.id : undefined}
                            lang={l}
                            value={step.title[l]}
                            onChange={(e) => update(step.id, (s) => ({ ...s, title: { ...s.title, [l]: e.target.value } }))}
                            className={inputClass}
                          />
                        )}
                      </ProgrammeField>
                      <ProgrammeField name={`steps.${i}.instruction.${l}`} label={t("instruction", { language: tf(`inLanguage.${l}`) })} errors={errors}>
                        {(a) => (
                          <textarea
                            {...a}
                            lang={l}
                            rows={3}
                            value={step.instruction[l]}
                            onChange={(e) => update(step.id, (s) => ({ ...s, instruction: { ...s.instruction, [l]: e.target.value } }))}
                            className={inputClass}
                          />
                        )}
                      </ProgrammeField>
                    </div>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={add} disabled={steps.length >= MAX_STEPS} className="rounded-md border border-brand-600 bg-white px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50">
            {t("addStep")}
          </button>
          <p className="text-sm text-stone-700">{t("total", { steps: steps.length, minutes: total })}</p>
        </div>
        <p aria-live="polite" className="sr-only">{announcement}</p>
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : methodId ? tc("save") : t("create")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm">
          {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
