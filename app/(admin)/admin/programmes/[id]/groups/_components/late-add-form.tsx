"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { useProposalReview } from "@/app/_components/ui/proposal-review";
import { addToGroupAction } from "../actions";

type Props = { person: { membershipId: string; name: string }; groups: Array<{ id: string; name: string }> };

/**
 * A late sign-up's place in a published group: choose the group, then confirm. This is the publishing
 * step for that one person, so it asks first and says who will be told.
 */
export function LateAddForm({ person, groups }: Props) {
  const t = useTranslations("codevGroups.admin");
  const { pending, call } = useProposalReview();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? "");
  const [confirming, setConfirming] = useState(false);
  const chosen = groups.find((g) => g.id === groupId) ?? groups[0];
  const id = `late-${person.membershipId}`;
  if (!chosen) return null;
  return confirming ? (
    <div className="mt-2 space-y-2 rounded-md bg-brand-50 p-3 text-sm">
      <p>{t("lateConfirm", { name: person.name, group: chosen.name })}</p>
      <div className="flex flex-wrap gap-2">
        <Button size="xs" disabled={pending} onClick={() => void call(addToGroupAction, { membershipId: person.membershipId, groupId: chosen.id }, t("lateAdded", { name: person.name })).then(() => setConfirming(false))}>
          {t("lateYes")}
        </Button>
        <Button size="xs" variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  ) : (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm">
        {t("lateLabel", { name: person.name })}
      </label>
      <select id={id} value={chosen.id} onChange={(event) => setGroupId(event.target.value)} className="min-w-0 max-w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <Button size="xs" variant="secondary" disabled={pending} onClick={() => setConfirming(true)} aria-label={t("lateButtonName", { name: person.name })}>
        {t("lateButton")}
      </Button>
    </div>
  );
}
