"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";
import { profileLanguages } from "@/lib/profiles/languages";
import { controlProps, describedBy, errorId, errorOf, hintClass, inputClass, labelClass, ProfileFieldError } from "./profile-field-error";
import type { ProfileFormOptions, ProfileFormValues } from "./profile-form-types";
import { useTimeZones } from "./use-time-zones";

const zoneLabel = (zone: string) => zone.replaceAll("_", " ");
const checkbox = "h-5 w-5 shrink-0 rounded border-stone-400 accent-brand-700";
const legendClass = "text-sm font-medium";

/** Languages, time zone and topics: what matching compares. */
export function ProfileMatchingFields({ values, options, errors }: { values: ProfileFormValues; options: ProfileFormOptions; errors: FieldErrors }) {
  const t = useTranslations("profile");
  const languagesInvalid = Boolean(errorOf(errors, "languages"));
  const topicsInvalid = Boolean(errorOf(errors, "topics"));
  const otherZones = useTimeZones(options.timeZones.others);
  return (
    <div className="space-y-5">
      <fieldset aria-describedby={describedBy(languagesInvalid && errorId("languages"))}>
        <legend className={legendClass}>{t("languages.legend")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {profileLanguages.map((lang) => (
            <label key={lang} className="flex items-center gap-2">
              <input type="checkbox" name="languages" value={lang} defaultChecked={values.languages.includes(lang)} className={checkbox} aria-invalid={languagesInvalid || undefined} />
              <span lang={lang}>{t(`languages.${lang}`)}</span>
            </label>
          ))}
        </div>
        <ProfileFieldError field="languages" errors={errors} />
      </fieldset>
      <div>
        <label htmlFor="timeZone" className={labelClass}>
          {t("timeZone.label")}
        </label>
        <select id="timeZone" name="timeZone" defaultValue={values.timeZone} className={`${inputClass} sm:max-w-sm`} {...controlProps("timeZone", errors, "timeZone-hint")}>
          <optgroup label={t("timeZone.common")}>
            {options.timeZones.preferred.map((zone) => (
              <option key={zone} value={zone}>
                {zoneLabel(zone)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("timeZone.all")}>
            {otherZones.map((zone) => (
              <option key={zone} value={zone}>
                {zoneLabel(zone)}
              </option>
            ))}
          </optgroup>
        </select>
        <p id="timeZone-hint" className={hintClass}>
          {t("timeZone.hint")}
        </p>
        <ProfileFieldError field="timeZone" errors={errors} />
      </div>
      <fieldset aria-describedby={describedBy("topics-hint", topicsInvalid && errorId("topics"))}>
        <legend className={legendClass}>{t("topics.legend")}</legend>
        <p id="topics-hint" className={hintClass}>
          {t("topics.hint")}
        </p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {options.topics.map((topic) => (
            <label key={topic.slug} className="flex items-center gap-2">
              <input type="checkbox" name="topics" value={topic.slug} defaultChecked={values.topics.includes(topic.slug)} className={checkbox} aria-invalid={topicsInvalid || undefined} />
              <span>{topic.label}</span>
            </label>
          ))}
        </div>
        <ProfileFieldError field="topics" errors={errors} />
      </fieldset>
    </div>
  );
}
