"use client";

import { useTranslations } from "next-intl";
import type { PlannableMember } from "@/lib/scheduling/plan-queries";
import { PARTICIPANTS_MAX } from "@/lib/scheduling/schemas";
import { PersonChips, PersonCombobox } from "@/app/_components/ui/person-combobox";
import { searchPlannableMembersAction } from "../actions";

function describe(m: PlannableMember): string {
  return [m.department, m.timeZone].filter(Boolean).join(" · ");
}

/** Chooses the participants (ui/person-combobox.tsx searches the organisation on the server), up to the maximum. */
export function ParticipantPicker({ chosen, onChange }: { chosen: PlannableMember[]; onChange: (next: PlannableMember[]) => void }) {
  const t = useTranslations("scheduling.planner");
  const full = chosen.length >= PARTICIPANTS_MAX;
  const isChosen = (member: PlannableMember) => chosen.some((c) => c.membershipId === member.membershipId);
  return (
    <div>
      <PersonChips
        people={chosen.map((m) => ({ key: m.membershipId, name: m.name, note: m.hasAvailability ? undefined : t("noAvailability") }))}
        removeLabel={(name) => t("remove", { name })}
        onRemove={(key) => onChange(chosen.filter((c) => c.membershipId !== key))}
      />
      <p className="mt-2 text-sm text-stone-600">{t("chosenCount", { count: chosen.length, max: PARTICIPANTS_MAX })}</p>
      <label htmlFor="participant-search" className="sr-only">
        {t("searchLabel")}
      </label>
      <PersonCombobox
        id="participant-search"
        className="mt-2"
        search={searchPlannableMembersAction}
        optionKey={(m) => m.membershipId}
        optionName={(m) => m.name}
        optionDetail={describe}
        isChosen={isChosen}
        onChoose={(member) => {
          if (!isChosen(member) && !full) onChange([...chosen, member]);
        }}
        disabled={full}
        listLabel={t("searchLabel")}
        placeholder={t("search")}
        noResultsText={t("noResults")}
        resultsText={(count) => t("results", { count })}
        inputClassName="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base disabled:bg-stone-100"
      />
    </div>
  );
}
