"use client";

import { useActionState, useEffect, useRef, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import type { AppLocale } from "@/lib/i18n/config";
import { inviteMemberAction } from "../../actions";
import { useMemberErrorText } from "../../_components/use-member-error-text";
import { ManagerPicker } from "./manager-picker";

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

  const field = (name: string) => ({
    id: name,
    name,
    "aria-invalid": errors[name] ? (true as const) : undefined,
    "aria-describedby": errors[name] ? `${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] && (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {errorText(errors[name])}
      </p>
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
      <div>
        <label htmlFor="name" className="block text-sm font-medium">{t("name")}</label>
        <input {...field("name")} autoComplete="off" required className={input} />
        {error("name")}
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">{t("email")}</label>
        <input {...field("email")} type="email" autoComplete="off" required className={input} />
        {error("email")}
      </div>
      <div>
        <label htmlFor="department" className="block text-sm font-medium">
          {t("department")} <span className="font-normal text-stone-600">{t("optional")}</span>
        </label>
        <input {...field("department")} className={input} />
        {error("department")}
      </div>
      <div>
        <label htmlFor="managerEmail" className="block text-sm font-medium">
          {t("manager")} <span className="font-normal text-stone-600">{t("optional")}</span>
        </label>
        <p id="managerEmail-hint" className="text-sm text-stone-600">{t("managerHint")}</p>
        <ManagerPicker id="managerEmail" name="managerEmail" invalid={Boolean(errors.managerEmail)} describedBy={errors.managerEmail ? "managerEmail-hint managerEmail-error" : "managerEmail-hint"} />
        {error("managerEmail")}
      </div>
      <div>
        <label htmlFor="language" className="block text-sm font-medium">{t("language")}</label>
        <select {...field("language")} defaultValue={defaultLanguage} className={input}>
          <option value="nl">{tc("language.nl")}</option>
          <option value="en">{tc("language.en")}</option>
        </select>
        {error("language")}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
          {pending ? t("sending") : t("submit")}
        </button>
        <p role="status" className="text-sm">
          {state?.ok && state.message && <span className="text-brand-700">{t(state.message === "reinvited" ? "reinvited" : "invited")}</span>}
          {state && !state.ok && !state.fieldErrors && <span className="text-red-700">{errorText(state.error)}</span>}
        </p>
      </div>
    </form>
  );
}
