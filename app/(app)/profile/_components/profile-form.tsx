"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";
import { focusRefusal } from "@/app/_components/focus-refusal";
import { Button } from "@/app/_components/ui/button";
import { FormErrorSummary } from "@/app/_components/ui/form-error-summary";
import { saveProfileAction } from "../actions";
import { AvailabilityGrid } from "./availability-grid";
import { BioField } from "./bio-field";
import { controlProps, describedBy, errorId, errorOf, hintClass, inputClass, labelClass, ProfileFieldError } from "./profile-field-error";
import type { ProfileFormOptions, ProfileFormValues } from "./profile-form-types";
import { ProfileMatchingFields } from "./profile-matching-fields";
import { ProfileWorkFields } from "./profile-work-fields";

// min-w-0: a fieldset is min-content wide by default, which would stop the grid from scrolling inside itself.
const section = "min-w-0 rounded-lg border border-stone-200 bg-white p-4 sm:p-6";
const legend = "px-1 text-lg font-semibold";
const noErrors: FieldErrors = {};

export function ProfileForm({ values, options }: { values: ProfileFormValues; options: ProfileFormOptions }) {
  const t = useTranslations("profile");
  const te = useTranslations("errors");
  const tp = useTranslations("profile.errors");
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(saveProfileAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? noErrors) : noErrors;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, take keyboard and screen-reader users to the summary of what needs attention.
  useEffect(() => {
    if (state && !state.ok) focusRefusal(formRef.current);
  }, [state]);
  // One line per field: zod reports an array item as "topics.3", which belongs to the field "topics".
  const summaryErrors: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) summaryErrors[key.replace(/\.\d+$/, "")] ??= tp.has(value) ? tp(value) : tp("invalid");
  const failed = state && !state.ok ? state : null;

  // With JavaScript, submit without React's automatic form reset so that a refused save keeps what the
  // person typed; without it, the plain form action still works.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  const availabilityInvalid = Boolean(errorOf(errors, "availability"));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormErrorSummary
        refusal={failed}
        errors={summaryErrors}
        message={failed && (failed.error === "invalid" ? t("invalidSummary") : te.has(failed.error) ? te(failed.error) : te("unexpected"))}
      />
      <fieldset className={section}>
        <legend className={legend}>{t("sections.about")}</legend>
        <div className="space-y-5">
          <div>
            <label htmlFor="name" className={labelClass}>
              {t("name.label")}
            </label>
            <input id="name" name="name" required autoComplete="name" defaultValue={values.name} className={`${inputClass} sm:max-w-md`} {...controlProps("name", errors)} />
            <ProfileFieldError field="name" errors={errors} />
          </div>
          <BioField initial={values.bio} max={options.bioMax} errors={errors} />
        </div>
      </fieldset>
      <fieldset className={section}>
        <legend className={legend}>{t("sections.work")}</legend>
        <ProfileWorkFields values={values} options={options} errors={errors} />
      </fieldset>
      <fieldset className={section}>
        <legend className={legend}>{t("sections.matching")}</legend>
        <ProfileMatchingFields values={values} options={options} errors={errors} />
      </fieldset>
      <fieldset className={section} aria-describedby={describedBy("availability-hint", "availability-keys", availabilityInvalid && errorId("availability"))}>
        <legend className={legend}>{t("sections.availability")}</legend>
        <p id="availability-hint" className={hintClass}>
          {t("availability.hint")}
        </p>
        <p id="availability-keys" className={hintClass}>
          {t("availability.keyboard")}
        </p>
        <AvailabilityGrid initial={values.availability} invalid={availabilityInvalid} />
        <ProfileFieldError field="availability" errors={errors} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm">
          {!pending && state?.ok && <span className="font-medium text-brand-700">{t("saved")}</span>}
        </p>
      </div>
    </form>
  );
}
