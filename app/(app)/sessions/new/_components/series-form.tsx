"use client";

import { useActionState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { seriesLimits } from "@/lib/scheduling/time/series";
import { Button } from "@/app/_components/ui/button";
import { useSchedulingErrorText } from "../../_components/use-scheduling-error-text";
import { createSeriesAction } from "../actions";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";

const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
const cadences = Array.from({ length: seriesLimits.maxCadenceWeeks }, (_, i) => i + 1);

export type SeriesFormProps = { membershipIds: string[]; timeZone: string; durationMinutes: number; firstDate: string; startTime: string };

/** The series itself; who and how long come from the steps above, so they travel as hidden fields. */
export function SeriesForm(props: SeriesFormProps) {
  const t = useTranslations("scheduling.planner");
  const errorText = useSchedulingErrorText();
  const [state, dispatch, pending] = useActionState<ActionResult<{ count: number }> | null, FormData>(createSeriesAction, null);
  const [, startTransition] = useTransition();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  if (state?.ok) {
    return (
      <div role="status" className="rounded-md border border-brand-600 bg-brand-50 p-4 text-brand-900">
        <p className="font-medium">{t("created", { count: state.data?.count ?? 0 })}</p>
        <Link href="/sessions" className="mt-2 inline-block font-medium underline">{t("seeSessions")}</Link>
      </div>
    );
  }

  const field = (name: string) => ({
    id: name,
    name,
    "aria-invalid": errors[name] ? (true as const) : undefined,
    "aria-describedby": errors[name] ? `${name}-error` : undefined,
  });
  const error = (name: string) => errors[name] && <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700">{errorText(errors[name])}</p>;
  const label = (name: string, text: string, optional = false) => (
    <label htmlFor={name} className="block text-sm font-medium">
      {text} {optional && <span className="font-normal text-stone-600">{t("optional")}</span>}
    </label>
  );

  return (
    <form
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      onSubmit={(event) => {
        // Submitted by hand so that React keeps what was typed when the server asks for a correction.
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      <ActionErrorSummary state={state} errorText={errorText} />
      {props.membershipIds.map((id) => <input key={id} type="hidden" name="membershipIds[]" value={id} />)}
      <input type="hidden" name="timeZone" value={props.timeZone} />
      <input type="hidden" name="durationMinutes" value={props.durationMinutes} />
      <div className="sm:col-span-2">
        {label("title", t("seriesTitle"))}
        <input {...field("title")} required maxLength={120} className={input} />
        {error("title")}
      </div>
      <div>
        {label("firstDate", t("firstDate"))}
        <input {...field("firstDate")} type="date" required defaultValue={props.firstDate} className={input} />
        {error("firstDate")}
      </div>
      <div>
        {label("startTime", t("startTime"))}
        <input {...field("startTime")} type="time" required defaultValue={props.startTime} className={input} />
        <p className="mt-1 text-xs text-stone-600">{t("startTimeHint")} ({props.timeZone})</p>
        {error("startTime")}
      </div>
      <div>
        {label("cadenceWeeks", t("cadence"))}
        <select {...field("cadenceWeeks")} defaultValue="2" className={input}>
          {cadences.map((n) => <option key={n} value={n}>{t("cadenceWeeks", { count: n })}</option>)}
        </select>
        {error("cadenceWeeks")}
      </div>
      <div>
        {label("count", t("count"))}
        <input {...field("count")} type="number" inputMode="numeric" min={seriesLimits.minCount} max={seriesLimits.maxCount} defaultValue={6} className={input} />
        {error("count")}
      </div>
      <div>
        {label("place", t("place"), true)}
        <input {...field("place")} maxLength={300} className={input} />
        {error("place")}
      </div>
      <div>
        {label("videoUrl", t("videoUrl"), true)}
        <input {...field("videoUrl")} type="url" inputMode="url" placeholder="https://" className={input} />
        {error("videoUrl")}
      </div>
      <div className="sm:col-span-2">
        {label("skipDates", t("skipDates"), true)}
        <p id="skipDates-hint" className="text-sm text-stone-600">{t("skipHint")}</p>
        <textarea {...field("skipDates")} rows={2} className={input} />
        {error("skipDates")}
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <p role="status" className="text-sm text-red-700">
          {state && !state.ok && (state.fieldErrors?.membershipIds ? errorText(state.fieldErrors.membershipIds) : !state.fieldErrors && errorText(state.error))}
        </p>
      </div>
    </form>
  );
}
