"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";
import { FieldError, fieldProps } from "@/app/_components/field-error";
import { useKeptForm } from "@/app/(admin)/admin/programmes/_components/use-kept-form";
import { Button } from "@/app/_components/ui/button";
import { ActionErrorSummary } from "@/app/_components/ui/form-error-summary";
import { saveOrganizationSettings } from "../actions";

type Initial = { name: string; defaultLocale: string; timeZone: string; topics: string; ssoProvider: string | null; ssoTenantId: string | null };

export function SettingsForm({ initial, ssoProviders, timeZones }: { initial: Initial; ssoProviders: { id: string; name: string }[]; timeZones: string[] }) {
  const t = useTranslations("admin.settings");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveOrganizationSettings, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const errorText = (key: string) => (te.has(key) ? te(key) : te("invalid"));
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = useKeptForm(state, action, formRef);
  const input = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2";
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} className="mt-6 max-w-2xl space-y-6" noValidate>
      <ActionErrorSummary state={state} errorText={errorText} />
      <div>
        <label htmlFor="name" className="block text-sm font-medium">{t("name")}</label>
        <input id="name" name="name" defaultValue={initial.name} className={input} {...fieldProps("name", errors)} />
        <FieldError field="name" errors={errors} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="defaultLocale" className="block text-sm font-medium">{t("defaultLocale")}</label>
          <select id="defaultLocale" name="defaultLocale" defaultValue={initial.defaultLocale} className={input}>
            <option value="nl">{tc("language.nl")}</option>
            <option value="en">{tc("language.en")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="timeZone" className="block text-sm font-medium">{t("timeZone")}</label>
          <select id="timeZone" name="timeZone" defaultValue={initial.timeZone} className={input} {...fieldProps("timeZone", errors)}>
            {timeZones.map((tz) => (
              <option key={tz} value={tz}>{tz}</option>
            ))}
          </select>
          <FieldError field="timeZone" errors={errors} />
        </div>
      </div>
      <div>
        <label htmlFor="topics" className="block text-sm font-medium">{t("topics")}</label>
        <p id="topics-hint" className="text-sm text-stone-600">{t("topicsHint")}</p>
        <textarea id="topics" name="topics" rows={10} defaultValue={initial.topics} className={`${input} font-mono text-sm`} aria-describedby="topics-hint" aria-invalid={errors.topics ? true : undefined} />
        <FieldError field="topics" errors={errors} />
      </div>
      <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-medium">{t("sso.title")}</legend>
        {ssoProviders.length === 0 ? (
          <p className="text-sm text-stone-700">{t("sso.none")}</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="ssoProvider" className="block text-sm font-medium">{t("sso.provider")}</label>
              <select id="ssoProvider" name="ssoProvider" defaultValue={initial.ssoProvider ?? ""} className={input} {...fieldProps("ssoProvider", errors)}>
                <option value="">{t("sso.off")}</option>
                {ssoProviders.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </select>
              <FieldError field="ssoProvider" errors={errors} />
            </div>
            <div>
              <label htmlFor="ssoTenantId" className="block text-sm font-medium">{t("sso.tenant")}</label>
              <input id="ssoTenantId" name="ssoTenantId" defaultValue={initial.ssoTenantId ?? ""} className={input} {...fieldProps("ssoTenantId", errors)} />
              <FieldError field="ssoTenantId" errors={errors} />
            </div>
            <p className="text-sm text-stone-600 sm:col-span-2">{t("sso.hint")}</p>
          </div>
        )}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? tc("saving") : tc("save")}
        </Button>
        <p role="status" className="text-sm">
          {state?.ok && <span className="text-brand-700">{tc("saved")}</span>}
          {state && !state.ok && <span className="text-red-700">{te.has(state.error) ? te(state.error) : te("unexpected")}</span>}
        </p>
      </div>
    </form>
  );
}
