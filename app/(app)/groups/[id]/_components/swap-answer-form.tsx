"use client";

import { useTranslations } from "next-intl";
import { respondTurnSwapAction } from "../actions";
import { groupButton, groupPrimary, useGroupAction } from "./use-group-action";

/** Accept or decline one request to swap presenting turns. */
export function SwapAnswerForm({ groupId, swapId, text }: { groupId: string; swapId: string; text: string }) {
  const t = useTranslations("codevGroups.group.swap");
  const { formAction, pending, error } = useGroupAction(respondTurnSwapAction);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <p>{text}</p>
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="swapId" value={swapId} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="answer" value="accept" className={groupPrimary} disabled={pending}>
          {t("accept")}
        </button>
        <button type="submit" name="answer" value="decline" className={groupButton} disabled={pending}>
          {t("decline")}
        </button>
      </div>
      <div aria-live="polite">{error && <p className="font-medium text-red-700">{error}</p>}</div>
    </form>
  );
}
