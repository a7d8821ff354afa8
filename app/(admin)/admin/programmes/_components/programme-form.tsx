"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { MentoringSettings } from "@/lib/mentoring/core/settings";
import { Button } from "@/app/_components/ui/button";
import { createProgrammeAction, updateProgrammeAction } from "../actions";
import { ProgrammeBasicsFields, type ProgrammeBasics } from "./programme-basics-fields";
import { ProgrammeSettingsFields } from "./programme-settings-fields";
import { useKeptForm } from "./use-kept-form";
import { useProgrammeErrorText } from "./use-programme-error-text";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";

export type ProgrammeFormValues = MentoringSettings & ProgrammeBasics;

/** Creates a mentoring programme, or edits one when `programmeId` is given. */
export function ProgrammeForm({ initial, programmeId }: { initial: ProgrammeFormValues; programmeId?: string }) {
  const t = useTranslations("programmesAdmin.form");
  const tc = useTranslations("common");
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(programmeId ? updateProgrammeAction : createProgrammeAction, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-6 max-w-3xl space-y-6" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      {programmeId && <input type="hidden" name="programmeId" value={programmeId} />}
      <ProgrammeBasicsFields initial={initial} errors={errors} />
      <ProgrammeSettingsFields initial={initial} errors={errors} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : programmeId ? tc("save") : t("create")}
        </Button>
        <p role="status" className="text-sm">
          {state?.ok && <span className="text-brand-700">{tc("saved")}</span>}
          {state && !state.ok && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
