"use client";

import { useTranslations } from "next-intl";
import { requestTurnSwapAction } from "../actions";
import { groupButton, groupSelect, useGroupAction } from "./use-group-action";
import { FormErrorSummary } from "@/app/_components/ui/form-error-summary";

type Props = {
  groupId: string;
  myTurns: Array<{ sessionId: string; label: string }>;
  otherTurns: Array<{ sessionId: string; label: string }>;
};

/** A member asks the presenter of another session to swap turns with them. */
export function SwapRequestForm({ groupId, myTurns, otherTurns }: Props) {
  const t = useTranslations("codevGroups.group.swap");
  const { state, formAction, pending, error } = useGroupAction(requestTurnSwapAction);
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <FormErrorSummary refusal={state} errors={{}} message={error} />
      <input type="hidden" name="groupId" value={groupId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="min-w-0">
          <label htmlFor="swap-mine" className="block text-sm font-medium">
            {t("yourTurn")}
          </label>
          <select id="swap-mine" name="mySessionId" className={`mt-1 ${groupSelect}`} defaultValue={myTurns[0]?.sessionId}>
            {myTurns.map((turn) => (
              <option key={turn.sessionId} value={turn.sessionId}>
                {turn.label}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="swap-theirs" className="block text-sm font-medium">
            {t("with")}
          </label>
          <select id="swap-theirs" name="partnerSessionId" className={`mt-1 ${groupSelect}`} defaultValue={otherTurns[0]?.sessionId}>
            {otherTurns.map((turn) => (
              <option key={turn.sessionId} value={turn.sessionId}>
                {turn.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={groupButton} disabled={pending}>
          {pending ? t("sending") : t("button")}
        </button>
        <div aria-live="polite">
          {state?.ok && !pending && <p className="text-brand-900">{t("sent")}</p>}
          {error && <p className="font-medium text-red-700">{error}</p>}
        </div>
      </div>
    </form>
  );
}
