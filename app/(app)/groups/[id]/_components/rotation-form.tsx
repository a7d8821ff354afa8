"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setRotationAction } from "../actions";
import { groupPrimary, groupSelect, useGroupAction } from "./use-group-action";
import { FormErrorSummary } from "@/app/_components/ui/form-error-summary";

type Props = {
  groupId: string;
  /** The sessions ahead, with their current presenter ("" when none yet). */
  sessions: Array<{ id: string; label: string; presenterId: string }>;
  members: Array<{ membershipId: string; name: string }>;
  /** Presenters of sessions that can no longer change (held or passed): they count for the warning. */
  fixedPresenters: string[];
};

/** The facilitator (or, when facilitation rotates, any member) picks who presents at each session ahead. */
export function RotationForm({ groupId, sessions, members, fixedPresenters }: Props) {
  const t = useTranslations("codevGroups.group.rotation");
  const locale = useLocale();
  const { state, formAction, pending, error } = useGroupAction(setRotationAction);
  const [picked, setPicked] = useState(sessions.map((session) => session.presenterId));
  const counts = new Map<string, number>();
  for (const id of [...fixedPresenters, ...picked]) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const repeated = members.filter((member) => (counts.get(member.membershipId) ?? 0) > 1).map((member) => member.name);
  return (
    <form action={formAction} noValidate className="mt-3 space-y-3">
      <FormErrorSummary refusal={state} errors={{}} message={error} />
      <input type="hidden" name="groupId" value={groupId} />
      <ul className="grid gap-3 sm:grid-cols-2">
        {sessions.map((session, i) => (
          <li key={session.id} className="min-w-0">
            <input type="hidden" name="session[]" value={session.id} />
            <label htmlFor={`presenter-${session.id}`} className="block text-sm font-medium">
              {t("sessionLabel", { date: session.label })}
            </label>
            <select
              id={`presenter-${session.id}`}
              name="presenter[]"
              required
              className={`mt-1 ${groupSelect}`}
              value={picked[i]}
              onChange={(event) => setPicked((current) => current.map((value, k) => (k === i ? event.target.value : value)))}
            >
              {picked[i] === "" && <option value="" disabled />}
              {members.map((member) => (
                <option key={member.membershipId} value={member.membershipId}>
                  {member.name}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {repeated.length > 0 && <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t("warning", { names: new Intl.ListFormat(locale).format(repeated) })}</p>}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={groupPrimary} disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <div aria-live="polite">
          {state?.ok && !pending && <p className="text-brand-900">{t("saved")}</p>}
          {error && <p className="font-medium text-red-700">{error}</p>}
        </div>
      </div>
    </form>
  );
}
