"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ManagerOption } from "@/lib/profiles/queries";
import { PersonCombobox } from "@/app/_components/ui/person-combobox";
import { searchManagersAction } from "../actions";

function describe(option: ManagerOption): string {
  return [option.jobTitle, option.department].filter(Boolean).join(", ");
}

/**
 * The current manager and a search for another (ui/person-combobox.tsx). The chosen manager travels in a
 * hidden input, so the form still posts the current one before JavaScript has loaded.
 */
export function ManagerPicker(props: { initial: ManagerOption | null; invalid: boolean; describedBy?: string }) {
  const t = useTranslations("profile.manager");
  const [selected, setSelected] = useState(props.initial);
  return (
    <div>
      <input type="hidden" name="managerMembershipId" value={selected?.membershipId ?? ""} />
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm">
        <span className="text-stone-600">{t("current")}:</span>
        {selected ? (
          <>
            <span className="font-medium">
              {selected.name}
              {describe(selected) && <span className="font-normal text-stone-600"> — {describe(selected)}</span>}
            </span>
            <button
              type="button"
              onClick={() => setSelected(null)}
              aria-label={t("remove", { name: selected.name })}
              className="ml-auto rounded px-2 py-1 text-brand-700 underline hover:bg-stone-100"
            >
              {t("removeShort")}
            </button>
          </>
        ) : (
          <span>{t("none")}</span>
        )}
      </div>
      <PersonCombobox
        id="managerMembershipId"
        search={searchManagersAction}
        optionKey={(option) => option.membershipId}
        optionName={(option) => option.name}
        optionDetail={describe}
        onChoose={setSelected}
        listLabel={t("label")}
        placeholder={t("search")}
        noResultsText={t("noResults")}
        resultsText={(count) => t("results", { count })}
        invalid={props.invalid}
        describedBy={props.describedBy}
      />
    </div>
  );
}
