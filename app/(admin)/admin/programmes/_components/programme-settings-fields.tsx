"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";
import { criteriaKeys, departmentRules, matchingModes, type MentoringSettings } from "@/lib/mentoring/core/settings";
import { inputClass, ProgrammeField } from "./programme-field";

/** The matching settings of a mentoring programme: mode, criteria weights and the rules matching keeps. */
export function ProgrammeSettingsFields({ initial, errors }: { initial: MentoringSettings; errors: FieldErrors }) {
  const t = useTranslations("programmesAdmin.form");
  return (
    <>
      <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-medium">{t("matchingTitle")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <ProgrammeField name="matchingMode" label={t("matchingMode")} errors={errors}>
            {(a) => (
              <select {...a} defaultValue={initial.matchingMode} className={inputClass}>
                {matchingModes.map((m) => <option key={m} value={m}>{t(`mode.${m}`)}</option>)}
              </select>
            )}
          </ProgrammeField>
          <ProgrammeField name="departmentRule" label={t("departmentRule")} errors={errors}>
            {(a) => (
              <select {...a} defaultValue={initial.departmentRule} className={inputClass}>
                {departmentRules.map((r) => <option key={r} value={r}>{t(`department.${r}`)}</option>)}
              </select>
            )}
          </ProgrammeField>
          <ProgrammeField name="minSeniorityGap" label={t("minSeniorityGap")} hint={t("minSeniorityGapHint")} errors={errors}>
            {(a) => <input {...a} type="number" min={0} max={9} defaultValue={initial.minSeniorityGap} className={inputClass} />}
          </ProgrammeField>
          <ProgrammeField name="defaultCapacity" label={t("defaultCapacity")} hint={t("defaultCapacityHint")} errors={errors}>
            {(a) => (
              <select {...a} defaultValue={initial.defaultCapacity} className={inputClass}>
                {[1, 2, 3].map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            )}
          </ProgrammeField>
          <ProgrammeField name="responseDays" label={t("responseDays")} hint={t("responseDaysHint")} errors={errors}>
            {(a) => <input {...a} type="number" min={1} max={30} defaultValue={initial.responseDays} className={inputClass} />}
          </ProgrammeField>
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-medium">{t("weightsTitle")}</legend>
        <p className="text-sm text-stone-600">{t("weightsHint")}</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {criteriaKeys.map((k) => (
            <ProgrammeField key={k} name={`weights.${k}`} label={t(`criterion.${k}`)} errors={errors}>
              {(a) => <input {...a} type="number" min={0} max={5} defaultValue={initial.weights[k]} className={inputClass} />}
            </ProgrammeField>
          ))}
        </div>
      </fieldset>
    </>
  );
}
