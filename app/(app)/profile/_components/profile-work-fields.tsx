"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/auth/action";
import { ManagerPicker } from "./manager-picker";
import { controlProps, describedBy, errorId, errorOf, hintClass, inputClass, labelClass, ProfileFieldError } from "./profile-field-error";
import type { ProfileFormOptions, ProfileFormValues } from "./profile-form-types";

const levels = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Job title, department, manager and seniority. */
export function ProfileWorkFields({ values, options, errors }: { values: ProfileFormValues; options: ProfileFormOptions; errors: FieldErrors }) {
  const t = useTranslations("profile");
  const managerInvalid = Boolean(errorOf(errors, "managerMembershipId"));
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <div>
        <label htmlFor="jobTitle" className={labelClass}>
          {t("jobTitle.label")}
        </label>
        <input id="jobTitle" name="jobTitle" defaultValue={values.jobTitle} autoComplete="organization-title" className={inputClass} {...controlProps("jobTitle", errors)} />
        <ProfileFieldError field="jobTitle" errors={errors} />
      </div>
      <div>
        <label htmlFor="department" className={labelClass}>
          {t("department.label")}
        </label>
        <input id="department" name="department" list="department-options" defaultValue={values.department} autoComplete="off" className={inputClass} {...controlProps("department", errors, "department-hint")} />
        <datalist id="department-options">
          {options.departments.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <p id="department-hint" className={hintClass}>
          {t("department.hint")}
        </p>
        <ProfileFieldError field="department" errors={errors} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="managerMembershipId" className={labelClass}>
          {t("manager.label")}
        </label>
        <p id="manager-hint" className={hintClass}>
          {t("manager.hint")}
        </p>
        <ManagerPicker initial={values.manager} invalid={managerInvalid} describedBy={describedBy("manager-hint", managerInvalid && errorId("managerMembershipId"))} />
        <ProfileFieldError field="managerMembershipId" errors={errors} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="seniority" className={labelClass}>
          {t("seniority.label")}
        </label>
        <select id="seniority" name="seniority" defaultValue={values.seniority ?? ""} className={`${inputClass} sm:max-w-xs`} {...controlProps("seniority", errors, "seniority-hint")}>
          <option value="">{t("seniority.choose")}</option>
          {levels.map((level) => (
            <option key={level} value={level}>
              {t("seniority.level", { level })}
            </option>
          ))}
        </select>
        <p id="seniority-hint" className={hintClass}>
          {t("seniority.hint")}
        </p>
        <ProfileFieldError field="seniority" errors={errors} />
      </div>
    </div>
  );
}
