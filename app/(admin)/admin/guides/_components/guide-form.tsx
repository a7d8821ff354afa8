"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { guideKinds, promptText, type Guide, type GuideStep } from "@/lib/conversations/core/guide-types";
import { GUIDE_LIMITS } from "@/lib/conversations/schemas";
import { useKeptForm } from "@/app/(admin)/admin/programmes/_components/use-kept-form";
import { Button } from "@/app/_components/ui/button";
import { fieldInputClass as inputClass } from "@/app/_components/ui/field";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { createGuideAction, updateGuideAction } from "../actions";
import { GuideField } from "./guide-field";
import { useGuideErrorText } from "./use-guide-error-text";

const languages = ["nl", "en"] as const;

type Text = { nl: string; en: string };
type StepDraft = { id: number; key?: string; minutes: string; title: Text; prompts: Text };
/** What the form starts from: a guide of the library, or a built-in one to copy (without its key). */
export type GuideDraft = Omit<Guide, "key">;

// Client-side identities of steps (React keys), so that moving a step moves its fields.
let lastStepId = 0;
const draft = (step?: GuideStep): StepDraft => ({
  id: ++lastStepId,
  key: step?.key,
  minutes: step ? String(step.minutes) : "10",
  title: step?.title ?? { nl: "", en: "" },
  prompts: step ? { nl: promptText(step.prompts, "nl"), en: promptText(step.prompts, "en") } : { nl: "", en: "" },
});

/**
 * An organisation's own conversation guide, in both languages: what kind of conversation it is, its name
 * and summary, the steps (each with its questions, one per line, and minutes), the closing step where the
 * two people record agreements and actions, and the optional preparation email. Steps can be added,
 * removed and moved; their fields are controlled, so that moving a step moves what was typed in it.
 */
export function GuideForm({ guideId, initial }: { guideId?: string; initial: GuideDraft }) {
  const t = useTranslations("guides.editor");
  const tk = useTranslations("guides.kinds");
  const tc = useTranslations("common");
  const errorText = useGuideErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(guideId ? updateGuideAction : createGuideAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  const [steps, setSteps] = useState<StepDraft[]>(() => (initial.steps.length ? initial.steps.map(draft) : [draft()]));
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
  const small = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-50";
  const language = (l: (typeof languages)[number]) => t(`inLanguage.${l}`);

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-6 max-w-3xl space-y-6" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      {guideId && <input type="hidden" name="guideId" value={guideId} />}
      <div className="max-w-sm">
        <GuideField name="kind" label={t("kind")} hint={t("kindHint")} errors={errors}>
          {(a) => (
            <select {...a} defaultValue={initial.kind} className={inputClass}>
              {guideKinds.map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </select>
          )}
        </GuideField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {languages.map((l) => (
          <fieldset key={l} className="min-w-0 space-y-4 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 font-medium">{language(l)}</legend>
            <GuideField name={`name.${l}`} label={t("name")} errors={errors}>
              {(a) => <input {...a} lang={l} maxLength={GUIDE_LIMITS.name} defaultValue={initial.name[l]} className={inputClass} />}
            </GuideField>
            <GuideField name={`summary.${l}`} label={t("summary")} hint={t("summaryHint")} errors={errors}>
              {(a) => <textarea {...a} lang={l} rows={4} defaultValue={initial.summary[l]} className={inputClass} />}
            </GuideField>
          </fieldset>
        ))}
      </div>
      <section aria-labelledby="steps-heading" className="space-y-4">
        <h2 id="steps-heading" className="text-xl font-semibold">{t("stepsTitle")}</h2>
        <p className="text-stone-700">{t("stepsIntro")}</p>
        {errors.steps && <p className="text-sm font-medium text-red-700">{errorText(errors.steps)}</p>}
        <ol className="space-y-4">
          {steps.map((step, i) => (
            <li key={step.id}>
              <fieldset className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
                <legend className="px-1 font-medium">{t("stepLegend", { number: i + 1 })}</legend>
                {step.key && <input type="hidden" name={`steps.${i}.key`} value={step.key} />}
                <div className="flex flex-wrap items-end justify-between gap-3">
                  <div className="w-32">
                    <GuideField name={`steps.${i}.minutes`} label={t("minutes")} errors={errors}>
                      {(a) => (
                        <input {...a} type="number" inputMode="numeric" min={1} max={GUIDE_LIMITS.minutes} value={step.minutes} onChange={(e) => update(step.id, (s) => ({ ...s, minutes: e.target.value }))} className={inputClass} />
                      )}
                    </GuideField>
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
                    <div key={l} className="min-w-0 space-y-3">
                      <GuideField name={`steps.${i}.title.${l}`} label={t("stepTitle", { language: language(l) })} errors={errors}>
                        {(a) => (
                          <input
                            {...a}
                            data-step={l === "nl" ? step.id : undefined}
                            lang={l}
                            maxLength={GUIDE_LIMITS.stepTitle}
                            value={step.title[l]}
                            onChange={(e) => update(step.id, (s) => ({ ...s, title: { ...s.title, [l]: e.target.value } }))}
                            className={inputClass}
                          />
                        )}
                      </GuideField>
                      <GuideField name={`steps.${i}.prompts.${l}`} label={t("prompts", { language: language(l) })} hint={t("promptsHint")} errors={errors}>
                        {(a) => (
                          <textarea
                            {...a}
                            lang={l}
                            rows={6}
                            value={step.prompts[l]}
                            onChange={(e) => update(step.id, (s) => ({ ...s, prompts: { ...s.prompts, [l]: e.target.value } }))}
                            className={inputClass}
                          />
                        )}
                      </GuideField>
                    </div>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={add} disabled={steps.length >= GUIDE_LIMITS.steps} className="rounded-md border border-brand-600 bg-white px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50">
            {t("addStep")}
          </button>
        </div>
        <p aria-live="polite" className="sr-only">{announcement}</p>
      </section>
      <section aria-labelledby="closing-heading" className="space-y-3">
        <h2 id="closing-heading" className="text-xl font-semibold">{t("closingTitle")}</h2>
        <p className="text-stone-700">{t("closingIntro")}</p>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <div className="w-32">
            <GuideField name="closing.minutes" label={t("minutes")} errors={errors}>
              {(a) => <input {...a} type="number" inputMode="numeric" min={1} max={GUIDE_LIMITS.minutes} defaultValue={String(initial.closing.minutes)} className={inputClass} />}
            </GuideField>
          </div>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {languages.map((l) => (
              <div key={l} className="min-w-0 space-y-3">
                <GuideField name={`closing.title.${l}`} label={t("stepTitle", { language: language(l) })} errors={errors}>
                  {(a) => <input {...a} lang={l} maxLength={GUIDE_LIMITS.stepTitle} defaultValue={initial.closing.title[l]} className={inputClass} />}
                </GuideField>
                <GuideField name={`closing.prompts.${l}`} label={t("prompts", { language: language(l) })} hint={t("promptsHint")} errors={errors}>
                  {(a) => <textarea {...a} lang={l} rows={4} defaultValue={promptText(initial.closing.prompts, l)} className={inputClass} />}
                </GuideField>
              </div>
            ))}
          </div>
        </div>
      </section>
      <section aria-labelledby="preparation-heading" className="space-y-3">
        <h2 id="preparation-heading" className="text-xl font-semibold">{t("preparationTitle")}</h2>
        <p className="text-stone-700">{t("preparationIntro")}</p>
        <div className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
          {languages.map((l) => (
            <GuideField key={l} name={`preparation.${l}`} label={t("preparation", { language: language(l) })} errors={errors}>
              {(a) => <textarea {...a} lang={l} rows={8} defaultValue={initial.preparation?.[l] ?? ""} className={inputClass} />}
            </GuideField>
          ))}
        </div>
      </section>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : guideId ? tc("save") : t("create")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm">
          {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
