"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { charterPoints, type CodevRole } from "@/lib/codevelopment/schemas";
import { focusRefusal } from "@/app/_components/focus-refusal";
import { Button } from "@/app/_components/ui/button";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { saveCodevEnrolmentAction } from "../../actions";
import { useCodevEnrolmentErrorText } from "./use-codev-enrolment-error-text";

type Props = {
  programmeId: string;
  /** The active enrolment's role: fixed here (withdraw first to switch). */
  activeRole: CodevRole | null;
  /** Only when each group has a facilitator: in rotating mode the members take turns. */
  facilitatorsWanted: boolean;
  profileLanguages: string[];
  availabilityLines: string[];
  timeZone: string | null;
  /** The programme's languages that the member speaks, and those they chose before. */
  sharedLanguages: string[];
  chosenLanguages: string[];
  blockedBy: string | null;
};

/** Which server refusals belong next to a field rather than under the button. */
const fieldOfError: Record<string, string> = { languageNotOffered: "languages", facilitatorNotNeeded: "role", otherRole: "role" };

/**
 * Sign up as participant or volunteer facilitator: confirm the profile's languages and availability,
 * choose the programme's languages, and agree to the group charter (asked again on every save).
 */
export function CodevEnrolmentForm(props: Props) {
  const t = useTranslations("codevEnrolment.form");
  const tl = useTranslations("codevEnrolment.languages");
  const errorText = useCodevEnrolmentErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveCodevEnrolmentAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors: Record<string, string> = {};
  if (state && !state.ok) {
    Object.assign(errors, state.fieldErrors ?? {});
    const field = fieldOfError[state.error];
    if (field && !errors[field]) errors[field] = state.error;
  }
  const general = state && !state.ok && !state.fieldErrors && !fieldOfError[state.error] ? state.error : null;
  useEffect(() => {
    if (state && !state.ok) focusRefusal(formRef.current);
  }, [state]);
  // Without React's automatic reset, a refused save keeps what was ticked.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const invalid = (name: string) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  const errorLine = (name: string) => errors[name] && <p id={`${name}-error`} className="mt-1 text-sm text-red-700">{errorText(errors[name])}</p>;
  const box = "space-y-3 rounded-md border border-stone-200 p-4";
  const languageList = (codes: string[]) => codes.map((c) => tl(c as "nl" | "en")).join(", ") || t("none");

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="space-y-5 rounded-lg border border-stone-200 bg-white p-5" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} fieldOf={fieldOfError} />
      <input type="hidden" name="programmeId" value={props.programmeId} />
      {props.activeRole || !props.facilitatorsWanted ? (
        <>
          <input type="hidden" name="role" value={props.activeRole ?? "participant"} />
          {!props.facilitatorsWanted && <p className="text-sm text-stone-700">{t("rotatingNote")}</p>}
          {errorLine("role")}
        </>
      ) : (
        <fieldset>
          <legend className="text-sm font-medium">{t("roleLegend")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {(["participant", "facilitator"] as const).map((r) => (
              <label key={r} className="flex items-start gap-2 rounded-md border border-stone-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name="role" value={r} defaultChecked={r === "participant"} {...invalid("role")} className="mt-1 size-4 shrink-0" />
                <span>
                  <span className="block font-medium">{t(`role.${r}`)}</span>
                  <span className="block text-sm text-stone-700">{t(`roleHint.${r}`)}</span>
                </span>
              </label>
            ))}
          </div>
          {errorLine("role")}
        </fieldset>
      )}

      <fieldset className={box}>
        <legend className="px-1 font-medium">{t("profileLegend")}</legend>
        <p className="text-sm text-stone-700">{t("profileIntro")}</p>
        <div>
          <p className="text-sm text-stone-600">{t("yourLanguages")}</p>
          <p className="font-medium">{languageList(props.profileLanguages)}</p>
          <label className="mt-2 flex items-start gap-2">
            <input type="checkbox" name="confirmLanguages" {...invalid("confirmLanguages")} className="mt-1 size-4 shrink-0" />
            <span className="text-sm">{t("confirmLanguages")}</span>
          </label>
          {errorLine("confirmLanguages")}
        </div>
        <div>
          <p className="text-sm text-stone-600">{t("yourAvailability", { timeZone: props.timeZone ?? "—" })}</p>
          {props.availabilityLines.length > 0 ? (
            <ul className="text-sm font-medium">
              {props.availabilityLines.map((line) => <li key={line}>{line}</li>)}
            </ul>
          ) : (
            <p className="font-medium">{t("none")}</p>
          )}
          <label className="mt-2 flex items-start gap-2">
            <input type="checkbox" name="confirmAvailability" {...invalid("confirmAvailability")} className="mt-1 size-4 shrink-0" />
            <span className="text-sm">{t("confirmAvailability")}</span>
          </label>
          {errorLine("confirmAvailability")}
        </div>
        <Link href="/profile" className="inline-block text-sm font-medium text-brand-700 underline">{t("changeProfile")}</Link>
      </fieldset>

      <fieldset>
        <legend className="text-sm font-medium">{t("languagesLegend")}</legend>
        <p id="languages-hint" className="text-sm text-stone-600">{t("languagesHint")}</p>
        <div className="mt-2 flex flex-wrap gap-4">
          {props.sharedLanguages.map((l) => (
            <label key={l} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="languages[]"
                value={l}
                defaultChecked={props.chosenLanguages.length === 0 || props.chosenLanguages.includes(l)}
                aria-invalid={errors.languages ? true : undefined}
                aria-describedby={errors.languages ? "languages-hint languages-error" : "languages-hint"}
                className="size-4"
              />
              {tl(l as "nl" | "en")}
            </label>
          ))}
        </div>
        {errorLine("languages")}
      </fieldset>

      <fieldset className={box}>
        <legend className="px-1 font-medium">{t("charterLegend")}</legend>
        <p className="text-sm text-stone-700">{t("charterIntro")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
          {charterPoints.map((p) => <li key={p}>{t(`charter.${p}`)}</li>)}
        </ul>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="charter" {...invalid("charter")} className="mt-1 size-4 shrink-0" />
          <span className="text-sm font-medium">{t("charterAgree")}</span>
        </label>
        {errorLine("charter")}
      </fieldset>

      {props.blockedBy && <p id="enrol-blocked" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{props.blockedBy}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="submit"
          disabled={pending || Boolean(props.blockedBy)}
          aria-describedby={props.blockedBy ? "enrol-blocked" : undefined}
        >
          {pending ? t("saving") : props.activeRole ? t("update") : t("submit")}
        </Button>
        <p role="status" aria-live="polite" className="text-sm">
          {state?.ok && state.message && <span className="text-brand-700">{t(`done.${state.message}`)}</span>}
          {state && !state.ok && <span className="text-red-700">{errorText(general ?? "invalid")}</span>}
        </p>
      </div>
    </form>
  );
}
