"use client";

import { useActionState, useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { MethodChoice } from "@/lib/codevelopment/custom-methods";
import { chooseCodevMethodAction } from "../actions";
import { inputClass } from "./programme-field";
import { useProgrammeErrorText } from "./use-programme-error-text";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";

/** Starts the programme's copy again from a library method; the programme's own edits are replaced. */
type Props = { programmeId: string; current: string; methods: MethodChoice[]; onChosen: () => void };

export function CodevMethodChooseForm({ programmeId, current, methods, onChosen }: Props) {
  const t = useTranslations("codevAdmin.method");
  const locale = useLocale() === "en" ? "en" : "nl";
  const errorText = useProgrammeErrorText();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(chooseCodevMethodAction, null);
  // Once per answer: the parent re-renders with a new onChosen.
  const handled = useRef<ActionResult | null>(null);
  useEffect(() => {
    if (state?.ok && handled.current !== state) {
      handled.current = state;
      onChosen();
    }
  }, [state, onChosen]);
  const option = (m: MethodChoice) => <option key={m.key} value={m.key}>{m.name[locale]}</option>;
  return (
    <form action={action} className="rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <label htmlFor="methodKey" className="block text-sm font-medium">{t("chooseLabel")}</label>
      <p id="methodKey-hint" className="text-sm text-stone-600">{t("chooseHint")}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <select id="methodKey" name="methodKey" defaultValue={current} aria-describedby="methodKey-hint" className={`${inputClass} mt-0 max-w-md flex-1 basis-56`}>
          <optgroup label={t("builtIn")}>{methods.filter((m) => m.builtIn).map(option)}</optgroup>
          {methods.some((m) => !m.builtIn) && <optgroup label={t("own")}>{methods.filter((m) => !m.builtIn).map(option)}</optgroup>}
        </select>
        <button type="submit" disabled={pending} className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-60">
          {t("choose")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm">
        {state?.ok && <span className="text-brand-700">{t("chosen")}</span>}
        {state && !state.ok && <span className="text-red-700">{errorText(state.fieldErrors?.methodKey ?? state.error)}</span>}
      </p>
    </form>
  );
}
