"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";
import { inputClass, ProgrammeField } from "./programme-field";

export type ProgrammeBasics = { nameNl: string; nameEn: string; descriptionNl: string; descriptionEn: string; opens: string; closes: string };

/** Name and description in both languages and the sign-up window: the same for every kind of programme. */
export function ProgrammeBasicsFields({ initial, errors }: { initial: ProgrammeBasics; errors: FieldErrors }) {
  const t = useTranslations("programmesAdmin.form");
  return (
    <>
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
    </>
  );
}
