"use client";

import { useActionState, useEffect, useRef, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { AppLocale } from "@/lib/i18n/config";
import type { ManagerCandidate } from "@/lib/members/queries";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { PersonCombobox } from "@/app/_components/ui/person-combobox";
import { inviteMemberAction, searchManagersAction } from "../../actions";
import { useMemberErrorText } from "../../_components/use-member-error-text";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";

const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";

export function MemberInviteForm({ defaultLanguage }: { defaultLanguage: AppLocale }) {
  const t = useTranslations("members.invite");
  const tc = useTranslations("common");
  const errorText = useMemberErrorText();
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<ActionResult | null, FormData>(inviteMemberAction, null);
  const [, startTransition] = useTransition();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  // The form is submitted by hand so that React does not clear it: after an error the admin keeps what
  // they typed. After a success it is cleared for the next person.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  const error = (name: string) => (errors[name] ? errorText(errors[name]) : undefined);
  const optional = (label: string) => (
    <>
      {label} <span className="font-normal text-stone-600">{t("optional")}</span>
    </>
  );

  return (
    <form
      ref={form}
      noValidate
      className="mt-6 max-w-xl space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      <ActionErrorSummary state={state} errorText={errorText} />
      <Field id="name" name="name" label={t("name")} error={error("name")}>
        {(a) => <input {...a} autoComplete="off" required className={input} />}
      </Field>
      <Field id="email" name="email" label={t("email")} error={error("email")}>
        {(a) => <input {...a} type="email" autoComplete="off" required className={input} />}
      </Field>
      <Field id="department" name="department" label={optional(t("department"))} error={error("department")}>
        {(a) => <input {...a} className={input} />}
      </Field>
      {/* Suggestions from a small server-side search; an address typed by hand works too. */}
      <Field id="managerEmail" name="managerEmail" label={optional(t("manager"))} hint={t("managerHint")} error={error("managerEmail")}>
        {(a) => (
          <PersonCombobox<ManagerCandidate>
            id={a.id}
            freeText={{ name: a.name, optionValue: (c) => c.email, inputMode: "email" }}
            search={searchManagersAction}
            optionKey={(c) => c.email}
            optionName={(c) => c.name}
            optionDetail={(c) => [c.department, c.email].filter(Boolean).join(" · ")}
            onChoose={() => {}}
            listLabel={t("managerSuggestions")}
            noResultsText={t("managerNoResults")}
            resultsText={(count) => t("managerResults", { count })}
            invalid={Boolean(a["aria-invalid"])}
            describedBy={a["aria-describedby"]}
            inputClassName={input}
          />
        )}
      </Field>
      <Field id="language" name="language" label={t("language")} error={error("language")}>
        {(a) => (
          <select {...a} defaultValue={defaultLanguage} className={input}>
            <option value="nl">{tc("language.nl")}</option>
            <option value="en">{tc("language.en")}</option>
          </select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("sending") : t("submit")}
        </Button>
        <p role="status" className="text-sm">
          {state?.ok && state.message && <span className="text-brand-700">{t(state.message === "reinvited" ? "reinvited" : "invited")}</span>}
          {state && !state.ok && !state.fieldErrors && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
