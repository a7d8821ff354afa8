"use client";

import { startTransition, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ActionSummary, inputClass, useActionForm, type FormAction } from "@/app/_components/action-form";
import { Button } from "@/app/_components/ui/button";
import { FieldErrorText } from "@/app/_components/ui/field";
import type { GuideOption } from "@/lib/conversations/summaries";
import { isLocale } from "@/lib/i18n/config";
import { ConversationField, useConversationErrorText } from "./conversation-field";

type TeamChoice = { membershipId: string; name: string; invited: boolean };

type Props = {
  action: FormAction;
  /** Hidden inputs the action reads (the pair's match). */
  fields: Record<string, string>;
  guides: GuideOption[];
  proposedKey: string;
  /** The manager's team members to choose from; none in a pair's space. */
  team?: TeamChoice[];
  today: string;
};

/**
 * Plans or starts a guided conversation: (the team member,) the guide, and the day. "Plan" emails the other
 * person the preparation now; "Start now" opens the runner at once. Both land on the conversation's page.
 */
export function StartConversationForm({ action, fields, guides, proposedKey, team, today }: Props) {
  const t = useTranslations("conversations.start");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const errorText = useConversationErrorText();
  const { state, formAction, pending, errors, formRef } = useActionForm(action);
  // The pressed button says which (plan, now): FormData takes the submitter along.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  const guideError = errors.guideKey;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
      <ActionSummary state={state} area="conversations" />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {team && (
        <div className="max-w-md">
          <ConversationField id="start-team-member" name="teamMemberId" label={t("teamMember")} errors={errors}>
            {(a) => (
              <select {...a} defaultValue="" className={inputClass}>
                <option value="">{t("teamMemberChoose")}</option>
                {team.map((m) => (
                  <option key={m.membershipId} value={m.membershipId}>
                    {m.invited ? t("invited", { name: m.name }) : m.name}
                  </option>
                ))}
              </select>
            )}
          </ConversationField>
        </div>
      )}
      <fieldset aria-describedby={guideError ? "start-guide-error" : undefined}>
        <legend className="font-medium">{t("guideLegend")}</legend>
        {guideError && <FieldErrorText id="start-guide-error">{errorText(guideError)}</FieldErrorText>}
        <div className="mt-2 space-y-2">
          {guides.map((guide) => (
            <label key={guide.key} className="flex cursor-pointer items-start gap-3 rounded-md border border-stone-200 bg-white p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
              <input type="radio" name="guideKey" value={guide.key} defaultChecked={guide.key === proposedKey} className="mt-1 h-4 w-4 shrink-0" />
              <span className="min-w-0">
                <span className="block font-medium">{guide.name[locale]}</span>
                <span className="block text-sm text-stone-700">{guide.summary[locale]}</span>
                <span className="block text-sm text-stone-600">
                  {t("minutes", { minutes: guide.minutes })}
                  {guide.hasPreparation && ` · ${t("withPreparation")}`}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="max-w-xs">
        <ConversationField id="start-planned-on" name="plannedOn" label={t("plannedOn")} hint={t("plannedOnHint")} errors={errors}>
          {(a) => <input {...a} type="date" min={today} className={inputClass} />}
        </ConversationField>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <Button type="submit" name="mode" value="plan" disabled={pending} aria-describedby="start-plan-hint">
            {pending ? t("working") : t("plan")}
          </Button>
          <p id="start-plan-hint" className="mt-1 text-sm text-stone-600">
            {t("planHint")}
          </p>
        </div>
        <div>
          <Button type="submit" name="mode" value="now" variant="secondary" disabled={pending} aria-describedby="start-now-hint">
            {t("now")}
          </Button>
          <p id="start-now-hint" className="mt-1 text-sm text-stone-600">
            {t("nowHint")}
          </p>
        </div>
      </div>
    </form>
  );
}
