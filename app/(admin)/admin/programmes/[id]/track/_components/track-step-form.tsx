"use client";

import { useActionState, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { trackStepKinds, MAX_DUE_WEEK, type TrackStepKind } from "@/lib/tracks/core/progress";
import { TRACK_LIMITS } from "@/lib/tracks/schemas";
import { useKeptForm } from "@/app/(admin)/admin/programmes/_components/use-kept-form";
import { Button } from "@/app/_components/ui/button";
import { fieldInputClass as inputClass } from "@/app/_components/ui/field";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { addTrackStepAction, updateTrackStepAction } from "../actions";
import { TrackField } from "./track-field";
import { useTrackErrorText } from "./use-track-error-text";

const languages = ["nl", "en"] as const;

type Text = { nl: string; en: string };
export type GuideOption = { key: string; name: Text; own: boolean };
export type StepDraft = { kind: TrackStepKind; title: Text; dueWeek: number | null; guideKey: string | null; url: string | null };

/** Refusals of the whole step that belong to one field. */
const fieldOf = { guideUnknown: "guideKey", kindChanged: "kind" };

/**
 * A step of the learning track, in both languages: its kind (chosen when it is added, fixed after), its
 * title, an optional due week, and the guide of a conversation or the link of a reading. Only the field
 * that the chosen kind uses is shown.
 */
export function TrackStepForm({ programmeId, stepId, initial, guides }: { programmeId: string; stepId?: string; initial?: StepDraft; guides: GuideOption[] }) {
  const t = useTranslations("tracks.form");
  const tk = useTranslations("tracks.kinds");
  const locale = useLocale() === "en" ? "en" : "nl";
  const errorText = useTrackErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(stepId ? updateTrackStepAction : addTrackStepAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  const [kind, setKind] = useState<TrackStepKind>(initial?.kind ?? "reading");
  const failed = state && !state.ok ? state : null;
  const errors: Record<string, string> = { ...(failed?.fieldErrors ?? {}) };
  if (failed && failed.error in fieldOf) errors[fieldOf[failed.error as keyof typeof fieldOf]] = failed.error;
  const prefix = stepId ? "edit" : "add";
  const builtIn = guides.filter((g) => !g.own);
  const own = guides.filter((g) => g.own);
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="mt-4 max-w-3xl space-y-5">
      <ActionErrorSummary state={state} errorText={errorText} fieldOf={fieldOf} />
      <input type="hidden" name="programmeId" value={programmeId} />
      {stepId && <input type="hidden" name="stepId" value={stepId} />}
      {stepId ? (
        <>
          <input type="hidden" name="kind" value={kind} />
          <p className="font-medium">{t("kindFixed", { kind: tk(kind) })}</p>
        </>
      ) : (
        <fieldset className="min-w-0" aria-describedby={errors.kind ? `${prefix}-kind-error` : undefined}>
          <legend className="text-sm font-medium">{t("kind")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {trackStepKinds.map((k) => (
              <label key={k} className="flex min-w-0 cursor-pointer gap-3 rounded-lg border border-stone-200 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="mt-1" aria-describedby={`${prefix}-kind-${k}-hint`} />
                <span className="min-w-0">
                  <span className="block font-medium">{tk(k)}</span>
                  <span id={`${prefix}-kind-${k}-hint`} className="block text-sm text-stone-600">{t(`kindHint.${k}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.kind && <p id={`${prefix}-kind-error`} className="mt-1 text-sm font-medium text-red-700">{errorText(errors.kind)}</p>}
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {languages.map((l) => (
          <fieldset key={l} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 font-medium">{t(`inLanguage.${l}`)}</legend>
            <TrackField idPrefix={prefix} name={`title.${l}`} label={t("title")} hint={l === "nl" ? t("titleHint") : undefined} errors={errors}>
              {(a) => <input {...a} lang={l} required maxLength={TRACK_LIMITS.title} defaultValue={initial?.title[l] ?? ""} className={inputClass} />}
            </TrackField>
          </fieldset>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TrackField idPrefix={prefix} name="dueWeek" label={t("dueWeek")} hint={t("dueWeekHint")} errors={errors}>
          {(a) => <input {...a} type="number" inputMode="numeric" min={1} max={MAX_DUE_WEEK} step={1} defaultValue={initial?.dueWeek ?? ""} className={`${inputClass} max-w-32`} />}
        </TrackField>
        {kind === "conversation" && (
          <TrackField idPrefix={prefix} name="guideKey" label={t("guideKey")} errors={errors}>
            {(a) => (
              <select {...a} required defaultValue={initial?.guideKey ?? ""} className={inputClass}>
                <option value="">{t("guideChoose")}</option>
                <optgroup label={t("guideBuiltIn")}>
                  {builtIn.map((g) => (
                    <option key={g.key} value={g.key}>
                      {g.name[locale]}
                    </option>
                  ))}
                </optgroup>
                {own.length > 0 && (
                  <optgroup label={t("guideOwn")}>
                    {own.map((g) => (
                      <option key={g.key} value={g.key}>
                        {g.name[locale]}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </TrackField>
        )}
        {kind === "reading" && (
          <TrackField idPrefix={prefix} name="url" label={t("url")} hint={t("urlHint")} errors={errors}>
            {(a) => <input {...a} type="url" inputMode="url" required maxLength={TRACK_LIMITS.url} placeholder="https://" defaultValue={initial?.url ?? ""} className={inputClass} />}
          </TrackField>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : stepId ? t("save") : t("add")}
      </Button>
    </form>
  );
}
