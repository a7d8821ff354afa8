"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormErrorSummary } from "@/app/_components/ui/form-error-summary";
import { eraseOwnAccountAction, type EraseState } from "../actions";

export function EraseAccountForm({ email }: { email: string }) {
  const t = useTranslations("account.erase");
  const [state, action, pending] = useActionState<EraseState, FormData>(eraseOwnAccountAction, null);
  return (
    <form action={action} className="mt-4 space-y-3" noValidate>
      <FormErrorSummary refusal={state} errors={state?.error === "confirm" ? { confirmEmail: t("errors.confirm") } : {}} message={state && !state.ok && state.error !== "confirm" ? t(`errors.${state.error ?? "unexpected"}`) : null} />
      <div>
        <label htmlFor="confirmEmail" className="block text-sm font-medium">
          {t("confirmLabel", { email })}
        </label>
        <input
          id="confirmEmail"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          aria-invalid={state?.error === "confirm" ? true : undefined}
          aria-describedby={state ? "erase-error" : undefined}
          className="mt-1 block w-full max-w-md rounded-md border border-stone-300 bg-white px-3 py-2 text-base"
        />
      </div>
      {state && (
        <p id="erase-error" className="text-sm text-red-700">
          {t(`errors.${state.error}`)}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2.5 font-medium text-white hover:bg-red-800 disabled:opacity-60">
        {pending ? t("erasing") : t("button")}
      </button>
    </form>
  );
}
