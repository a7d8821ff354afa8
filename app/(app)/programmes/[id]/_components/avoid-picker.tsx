"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { MemberPerson } from "@/lib/mentoring/member-view";
import { MAX_AVOID } from "@/lib/mentoring/programme-schemas";
import { PersonChips, PersonCombobox } from "@/app/_components/ui/person-combobox";
import { searchAvoidAction } from "../../actions";

/**
 * Colleagues the mentee would rather not be matched with (their own manager, a close colleague). Suggestions
 * come from a small server-side search (ui/person-combobox.tsx), so the organisation's member list never
 * reaches the page; each chosen colleague posts as avoid[].
 */
export function AvoidPicker({ initial }: { initial: MemberPerson[] }) {
  const t = useTranslations("enrolment.avoid");
  const [chosen, setChosen] = useState<MemberPerson[]>(initial);
  const full = chosen.length >= MAX_AVOID;
  return (
    <fieldset>
      <legend className="text-sm font-medium">{t("label")}</legend>
      <p id="avoid-hint" className="text-sm text-stone-600">{t("hint", { max: MAX_AVOID })}</p>
      <div className="mt-2">
        <PersonChips
          tone="plain"
          inputName="avoid[]"
          people={chosen.map((p) => ({ key: p.membershipId, name: p.name }))}
          removeLabel={(name) => t("remove", { name })}
          onRemove={(key) => setChosen(chosen.filter((c) => c.membershipId !== key))}
        />
      </div>
      <label htmlFor="avoid-search" className="mt-2 block text-sm">{t("search")}</label>
      <PersonCombobox
        id="avoid-search"
        className="max-w-sm"
        search={searchAvoidAction}
        optionKey={(p) => p.membershipId}
        optionName={(p) => p.name}
        optionDetail={(p) => p.department ?? ""}
        isChosen={(p) => chosen.some((c) => c.membershipId === p.membershipId)}
        onChoose={(p) => setChosen((current) => (current.length >= MAX_AVOID ? current : [...current, p]))}
        disabled={full}
        describedBy="avoid-hint"
        listLabel={t("suggestions")}
        noResultsText={t("noResults")}
        resultsText={(count) => t("results", { count })}
        inputClassName="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 disabled:bg-stone-100"
      />
    </fieldset>
  );
}
