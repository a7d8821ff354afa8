"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { useKeptForm } from "@/app/(admin)/admin/programmes/_components/use-kept-form";
import { Button } from "@/app/_components/ui/button";
import { fieldInputClass } from "@/app/_components/ui/field";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { saveTrackStartAction } from "../actions";
import { TrackField } from "./track-field";
import { useTrackErrorText } from "./use-track-error-text";

/** The track's start date: creates the track the first time, moves its start afterwards. */
export function TrackStartForm({ programmeId, startsOn, exists }: { programmeId: string; startsOn: string; exists: boolean }) {
  const t = useTranslations("tracks.admin");
  const tf = useTranslations("tracks.form");
  const errorText = useTrackErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveTrackStartAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      <ActionErrorSummary state={state} errorText={errorText} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-56">
          <TrackField name="startsOn" label={t("startsOn")} errors={errors}>
            {(a) => <input {...a} type="date" required defaultValue={startsOn} className={fieldInputClass} />}
          </TrackField>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? tf("saving") : exists ? t("saveStart") : t("create")}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-brand-700 empty:hidden">
        {!pending && state?.ok && t("startSaved")}
      </p>
    </form>
  );
}
