"use client";

import { useTranslations } from "next-intl";
import type { ActionView } from "@/lib/codevelopment/actions";
import { ACTION_MAX } from "@/lib/codevelopment/schemas";
import { AddItemForm } from "@/app/_components/ui/add-item-form";
import { ActionButton, inputClass, linkButton, SessionField } from "../../../_components/session-form-parts";
import { addActionItemAction, removeActionItemAction, setActionItemDoneAction } from "../actions";

type Props = { groupId: string; sessionId: string; actions: ActionView[]; canAdd: boolean; formatDue: Record<string, string> };

/** A list of actions; their owner removes or ticks them off. `formatDue` holds each due date as the page words it. */
export function ActionList({ groupId, sessionId, actions, formatDue, removable }: Omit<Props, "canAdd"> & { removable: boolean }) {
  const t = useTranslations("codevSessions.run.actions");
  return (
    <ul className="mt-2 space-y-2">
      {actions.map((action) => (
        <li key={action.id} className="rounded-md border border-stone-200 bg-white px-3 py-2">
          <p className={`break-words whitespace-pre-line ${action.done ? "text-stone-600 line-through" : ""}`}>{action.description}</p>
          <p className="text-sm text-stone-600">
            {action.dueDate ? t("due", { date: formatDue[action.dueDate] ?? action.dueDate }) : t("noDue")}
            {action.done && ` · ${t("done")}`}
          </p>
          {action.mine && (
            <div className="mt-1 flex flex-wrap gap-4">
              <ActionButton
                action={setActionItemDoneAction}
                fields={{ groupId, sessionId, actionId: action.id, done: action.done ? "no" : "yes" }}
                label={action.done ? t("markOpen") : t("markDone")}
                className={linkButton}
              />
              {removable && <ActionButton action={removeActionItemAction} fields={{ groupId, sessionId, actionId: action.id }} label={t("remove")} className={linkButton} />}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The presenter's action plan: what they will try, with an optional date; the group reads it. */
export function ActionPlan({ groupId, sessionId, actions, canAdd, formatDue }: Props) {
  const t = useTranslations("codevSessions.run.actions");
  return (
    <>
      {actions.length > 0 ? <ActionList groupId={groupId} sessionId={sessionId} actions={actions} formatDue={formatDue} removable /> : <p className="mt-2 text-stone-700">{t("empty")}</p>}
      {canAdd && (
        <AddItemForm action={addActionItemAction} area="codevSessions" fields={{ groupId, sessionId }} className="mt-4" submitLabel={t("add")} pendingLabel={t("adding")} successText={t("added")}>
          {(errors) => (
            <>
              <SessionField id="action-description" name="description" label={t("description")} hint={t("descriptionHint")} errors={errors}>
                {(a) => <textarea {...a} rows={2} maxLength={ACTION_MAX} required className={inputClass} />}
              </SessionField>
              <div className="max-w-xs">
                <SessionField id="action-due" name="dueDate" label={t("dueDate")} errors={errors}>
                  {(a) => <input {...a} type="date" className={inputClass} />}
                </SessionField>
              </div>
            </>
          )}
        </AddItemForm>
      )}
    </>
  );
}
