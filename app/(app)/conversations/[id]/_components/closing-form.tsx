"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionSummary, inputClass, useActionForm } from "@/app/_components/action-form";
import { Button } from "@/app/_components/ui/button";
import { GUIDE_LIMITS } from "@/lib/conversations/schemas";
import { ConversationField } from "../../_components/conversation-field";
import { closeConversationAction } from "../../actions";

type Person = { membershipId: string; name: string };
type Props = { conversationId: string; me: Person; other: Person; today: string; emailsActionsTo: string | null };

let nextRowId = 0;
const newRow = () => `row-${(nextRowId += 1)}`;

/**
 * The closing step's record: agreements, and actions with who and by when. Rows are added and removed on
 * this screen; nothing is saved until the conversation is closed, and then all at once (the server refuses
 * a wrong field and writes nothing, and the form keeps what was typed).
 */
export function ClosingForm({ conversationId, me, other, today, emailsActionsTo }: Props) {
  const t = useTranslations("conversations.closing");
  const { state, formAction, pending, errors, formRef, onSubmit } = useActionForm(closeConversationAction);
  const [agreements, setAgreements] = useState<string[]>([]);
  const [actions, setActions] = useState<string[]>([]);
  const added = useRef<string | null>(null);
  useEffect(() => {
    if (!added.current) return;
    document.getElementById(added.current)?.focus();
    added.current = null;
  }, [agreements, actions]);
  const add = (set: typeof setAgreements, focusId: (row: string) => string) => {
    const row = newRow();
    added.current = focusId(row);
    set((rows) => (rows.length >= GUIDE_LIMITS.records ? rows : [...rows, row]));
  };
  const remove = (set: typeof setAgreements, row: string) => set((rows) => rows.filter((r) => r !== row));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <ActionSummary state={state} area="conversations" />
      <input type="hidden" name="conversationId" value={conversationId} />
      <p className="text-stone-700">{t("intro")}</p>

      <fieldset>
        <legend className="text-lg font-semibold">{t("agreementsTitle")}</legend>
        <p className="text-sm text-stone-600">{t("agreementsHint")}</p>
        <div className="mt-2 space-y-3">
          {agreements.map((row, i) => (
            <div key={row} className="flex items-start gap-2">
              <div className="min-w-0 flex-1">
                <ConversationField id={`${row}-body`} name={`agreements.${i}`} label={t("agreement", { number: i + 1 })} errors={errors}>
                  {(a) => <textarea {...a} rows={2} maxLength={GUIDE_LIMITS.agreement} className={inputClass} />}
                </ConversationField>
              </div>
              <Button variant="secondary" size="xs" className="mt-7" onClick={() => remove(setAgreements, row)} aria-label={t("removeAgreement", { number: i + 1 })}>
                {t("remove")}
              </Button>
            </div>
          ))}
        </div>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => add(setAgreements, (row) => `${row}-body`)} disabled={agreements.length >= GUIDE_LIMITS.records}>
          {t("addAgreement")}
        </Button>
      </fieldset>

      <fieldset>
        <legend className="text-lg font-semibold">{t("actionsTitle")}</legend>
        <p className="text-sm text-stone-600">{t("actionsHint")}</p>
        <div className="mt-2 space-y-3">
          {actions.map((row, i) => (
            <fieldset key={row} className="rounded-md border border-stone-200 bg-stone-50 p-3">
              <legend className="px-1 text-sm font-medium">{t("actionLegend", { number: i + 1 })}</legend>
              <div className="space-y-3">
                <ConversationField id={`${row}-description`} name={`actions.${i}.description`} label={t("description")} errors={errors}>
                  {(a) => <textarea {...a} rows={2} maxLength={GUIDE_LIMITS.action} className={inputClass} />}
                </ConversationField>
                <div className="grid gap-3 sm:grid-cols-2">
                  <ConversationField id={`${row}-owner`} name={`actions.${i}.ownerMembershipId`} label={t("owner")} errors={errors}>
                    {(a) => (
                      <select {...a} defaultValue="" className={inputClass}>
                        <option value="">{t("ownerNone")}</option>
                        <option value={me.membershipId}>{t("ownerMe", { name: me.name })}</option>
                        <option value={other.membershipId}>{other.name}</option>
                      </select>
                    )}
                  </ConversationField>
                  <ConversationField id={`${row}-due`} name={`actions.${i}.dueDate`} label={t("dueDate")} errors={errors}>
                    {(a) => <input {...a} type="date" min={today} className={inputClass} />}
                  </ConversationField>
                </div>
                <Button variant="secondary" size="xs" onClick={() => remove(setActions, row)} aria-label={t("removeAction", { number: i + 1 })}>
                  {t("remove")}
                </Button>
              </div>
            </fieldset>
          ))}
        </div>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => add(setActions, (row) => `${row}-description`)} disabled={actions.length >= GUIDE_LIMITS.records}>
          {t("addAction")}
        </Button>
      </fieldset>

      {agreements.length === 0 && actions.length === 0 && <p className="text-sm text-stone-600">{t("empty")}</p>}
      {emailsActionsTo && <p className="text-sm text-stone-700">{t("teamEmail", { name: emailsActionsTo })}</p>}
      <Button type="submit" disabled={pending}>
        {pending ? t("closing") : t("close")}
      </Button>
    </form>
  );
}
