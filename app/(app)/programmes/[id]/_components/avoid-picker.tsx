"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { MemberPerson } from "@/lib/programmes/member-view";
import { MAX_AVOID } from "@/lib/programmes/schemas";
import { searchAvoidAction } from "../../actions";

/**
 * Colleagues the mentee would rather not be matched with (their own manager, a close colleague). Suggestions
 * come from a small server-side search, so the organisation's member list never reaches the page.
 */
export function AvoidPicker({ initial }: { initial: MemberPerson[] }) {
  const t = useTranslations("enrolment.avoid");
  const [chosen, setChosen] = useState<MemberPerson[]>(initial);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<MemberPerson[]>([]);
  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    // One search per pause in typing, not per key.
    const timer = setTimeout(() => {
      searchAvoidAction(query).then((people) => {
        if (current) setFound(people);
      }, () => {});
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  const full = chosen.length >= MAX_AVOID;
  const suggestions = query.trim().length < 2 ? [] : found.filter((p) => !chosen.some((c) => c.membershipId === p.membershipId));
  return (
    <fieldset>
      <legend className="text-sm font-medium">{t("label")}</legend>
      <p id="avoid-hint" className="text-sm text-stone-600">{t("hint", { max: MAX_AVOID })}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {chosen.map((p) => (
          <li key={p.membershipId} className="flex items-center gap-1 rounded-full border border-stone-300 bg-stone-50 py-1 pl-3 pr-1 text-sm">
            <input type="hidden" name="avoid[]" value={p.membershipId} />
            {p.name}
            <button type="button" onClick={() => setChosen(chosen.filter((c) => c.membershipId !== p.membershipId))} className="rounded-full px-2 hover:bg-stone-200" aria-label={t("remove", { name: p.name })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor="avoid-search" className="mt-2 block text-sm">{t("search")}</label>
      <input
        id="avoid-search"
        type="search"
        autoComplete="off"
        disabled={full}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby="avoid-hint"
        className="mt-1 block w-full max-w-sm rounded-md border border-stone-300 bg-white px-3 py-2 disabled:bg-stone-100"
      />
      {suggestions.length > 0 && (
        <ul aria-label={t("suggestions")} className="mt-1 max-w-sm rounded-md border border-stone-200 bg-white">
          {suggestions.map((p) => (
            <li key={p.membershipId}>
              <button type="button" onClick={() => { setChosen([...chosen, p]); setQuery(""); }} className="block w-full px-3 py-2 text-left text-sm hover:bg-brand-50">
                {t("add", { name: p.department ? `${p.name} · ${p.department}` : p.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
