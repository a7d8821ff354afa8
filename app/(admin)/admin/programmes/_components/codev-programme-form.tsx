"use client";

import { useActionState, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { codevLanguages, facilitatorModes, GROUP_SIZE_LIMITS, type CodevSettings } from "@/lib/codevelopment/core/settings";
import type { MethodChoice } from "@/lib/codevelopment/custom-methods";
import { Button } from "@/app/_components/ui/button";
import { createCodevProgrammeAction, updateCodevProgrammeAction } from "../actions";
import { ProgrammeBasicsFields, type ProgrammeBasics } from "./programme-basics-fields";
import { ProgrammeChoiceGroup } from "./programme-choice-group";
import { inputClass, ProgrammeField } from "./programme-field";
import { useKeptForm } from "./use-kept-form";
import { useProgrammeErrorText } from "./use-programme-error-text";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";

export type CodevProgrammeFormValues = ProgrammeBasics & Omit<CodevSettings, "method"> & { methodKey: string };

type Props = { initial: CodevProgrammeFormValues; programmeId?: string; methods?: MethodChoice[] };

/**
 * Creates a co-development programme (with the method it starts from), or edits one when `programmeId`
 * is given; the method of an existing programme has its own section.
 */
export function CodevProgrammeForm({ initial, programmeId, methods }: Props) {
  const t = useTranslations("codevAdmin.form");
  const tc = useTranslations("common");
  const locale = useLocale() === "en" ? "en" : "nl";
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(programmeId ? updateCodevProgrammeAction : createCodevProgrammeAction, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  const number = (name: "groupSizeMin" | "groupSizeMax" | "cadenceWeeks" | "sessionMinutes" | "casePrepDays", min: number, max: number, step = 1) => (
    <ProgrammeField name={name} label={t(`${name}.label`)} hint={t(`${name}.hint`)} errors={errors}>
      {(a) => <input {...a} type="number" inputMode="numeric" min={min} max={max} step={step} defaultValue={initial[name]} className={inputClass} />}
    </ProgrammeField>
  );
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-6 max-w-3xl space-y-6" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      {programmeId && <input type="hidden" name="programmeId" value={programmeId} />}
      <ProgrammeBasicsFields initial={initial} errors={errors} />
      <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-medium">{t("groupsTitle")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {number("groupSizeMin", GROUP_SIZE_LIMITS.min, GROUP_SIZE_LIMITS.max)}
          {number("groupSizeMax", GROUP_SIZE_LIMITS.min, GROUP_SIZE_LIMITS.max)}
          {number("cadenceWeeks", 1, 6)}
          {number("sessionMinutes", 30, 240, 15)}
          {number("casePrepDays", 3, 21)}
        </div>
      </fieldset>
      <div className="space-y-5 rounded-lg border border-stone-200 bg-white p-4">
        <ProgrammeChoiceGroup name="facilitatorMode" legend={t("facilitatorMode.legend")} errors={errors}>
          {(a) =>
            facilitatorModes.map((mode) => (
              <label key={mode} className="flex items-start gap-2 rounded-md border border-stone-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input {...a} type="radio" value={mode} defaultChecked={initial.facilitatorMode === mode} className="mt-1 size-4 shrink-0" />
                <span>
                  <span className="block font-medium">{t(`facilitatorMode.${mode}`)}</span>
                  <span className="block text-sm text-stone-700">{t(`facilitatorMode.${mode}Hint`)}</span>
                </span>
              </label>
            ))
          }
        </ProgrammeChoiceGroup>
        <ProgrammeChoiceGroup name="languages" legend={t("languages.legend")} hint={t("languages.hint")} errors={errors} multiple>
          {(a) =>
            codevLanguages.map((l) => (
              <label key={l} className="flex items-center gap-2 text-sm">
                <input {...a} type="checkbox" value={l} defaultChecked={initial.languages.includes(l)} className="size-4" />
                {t(`languages.${l}`)}
              </label>
            ))
          }
        </ProgrammeChoiceGroup>
        {methods && (
          <ProgrammeField name="methodKey" label={t("method.label")} hint={t("method.hint")} errors={errors}>
            {(a) => (
              <select {...a} defaultValue={initial.methodKey} className={inputClass}>
                <optgroup label={t("method.builtIn")}>
                  {methods.filter((m) => m.builtIn).map((m) => <option key={m.key} value={m.key}>{m.name[locale]}</option>)}
                </optgroup>
                {methods.some((m) => !m.builtIn) && (
                  <optgroup label={t("method.own")}>
                    {methods.filter((m) => !m.builtIn).map((m) => <option key={m.key} value={m.key}>{m.name[locale]}</option>)}
                  </optgroup>
                )}
              </select>
            )}
          </ProgrammeField>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : programmeId ? tc("save") : t("create")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm">
          {state?.ok && <span className="text-brand-700">{tc("saved")}</span>}
          {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
