"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { FormErrorSummary } from "@/app/_components/ui/form-error-summary";
import { requestMagicLink, type SignInState } from "../actions";

export function MagicLinkForm({ next }: { next: string }) {
  const t = useTranslations("auth.signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(requestMagicLink, null);
  const error = state?.error;
  return (
    <form action={action} noValidate className="space-y-3">
      <FormErrorSummary refusal={state} errors={error ? { email: t(`errors.${error}`) } : {}} />
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "email-error" : undefined}
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-base"
        />
        {error && (
          <p id="email-error" className="mt-1 text-sm text-red-700">
            {t(`errors.${error}`)}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
