"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { MentoringSettings } from "@/lib/programmes/settings";
import { createProgrammeAction, updateProgrammeAction } from "../actions";
import { inputClass, ProgrammeField } from "./programme-field";
import { ProgrammeSettingsFields } from "./programme-settings-fields";
import { useProgrammeErrorText } from "./use-programme-error-text";

export type ProgrammeFormValues = MentoringSettings & { nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string; opens: string; closes: string };

/** Creates a mentoring programme, or edits one when `programmeId` is given. */
export function ProgrammeForm({ initial, programmeId }: { initial: ProgrammeFormValues; programmeId?: string }) {
  const t = useTranslations("programmesAdmin.form");
  const tc = useTranslations("common");
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(programmeId ? updateProgrammeAction : createProgrammeAction, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={action} className="mt-6 max-w-3xl space-y-6" noValidate>
      {programmeId && <input type="hidden" name="programmeId" value={programmeId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {(["nl", "en"] as const).map((l) => (
          <fieldset key={l} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 font-medium">{t(`inLanguage.${l}`)}</legend>
            <ProgrammeField name={l === "nl" ? "nameNl" : "nameEn"} label={t("name")} errors={errors}>
              {(a) => <input {...a} lang={l} defaultValue={l === "nl" ? initial.nameNl : initial.nameEn} className={inputClass} />}
            </ProgrammeField>
            <ProgrammeField name={l === "nl" ? "descriptionNl" : "descriptionEn"} label={t("description")} errors={errors}>
              {(a) => <textarea {...a} lang={l} rows={4} defaultValue={l === "nl" ? initial.descriptionNl : initial.descriptionEn} className={inputClass} />}
            </ProgrammeField>
          </fieldset>
        ))}
      </div>
      <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-medium">{t("windowTitle")}</legend>
        <p className="text-sm text-stone-600">{t("windowHint")}</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <ProgrammeField name="opens" label={t("opens")} errors={errors}>
            {(a) => <input {...a} type="date" defaultValue={initial.opens} className={inputClass} />}
          </ProgrammeField>
          <ProgrammeField name="closes" label={t("closes")} errors={errors}>
            {(a) => <input {...a} type="date" defaultValue={initial.closes} className={inputClass} />}
          </ProgrammeField>
        </div>
      </fieldset>
      <ProgrammeSettingsFields initial={initial} errors={errors} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
          {pending ? tc("saving") : programmeId ? tc("save") : t("create")}
        </button>
        <p role="status" className="text-sm">
          {state?.ok && <span className="text-brand-700">{tc("saved")}</span>}
          {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
