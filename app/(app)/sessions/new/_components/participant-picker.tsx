"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { PlannableMember } from "@/lib/scheduling/plan-queries";
import { PARTICIPANTS_MAX } from "@/lib/scheduling/schemas";
import { searchPlannableMembersAction } from "../actions";

const DEBOUNCE_MS = 250;

function describe(m: PlannableMember): string {
  return [m.department, m.timeZone].filter(Boolean).join(" · ");
}

/**
 * Chooses the participants by searching the organisation on the server (it can be far too large to send
 * to the browser). Arrow keys move through the results, Enter adds one, Escape closes the list.
 */
export function ParticipantPicker({ chosen, onChange }: { chosen: PlannableMember[]; onChange: (next: PlannableMember[]) => void }) {
  const t = useTranslations("scheduling.planner");
  const listId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PlannableMember[] | null>(null);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const full = chosen.length >= PARTICIPANTS_MAX;

  useEffect(() => {
    const text = query.trim();
    const request = ++latest.current;
    if (text.length < 2) return;
    const timer = setTimeout(async () => {
      const found = await searchPlannableMembersAction(text);
      // Answers can overtake each other; only the newest query may fill the list.
      if (request === latest.current) {
        setResults(found);
        setActive(found.length > 0 ? 0 : -1);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const open = query.trim().length >= 2 && results !== null;
  const add = (member: PlannableMember) => {
    if (!chosen.some((c) => c.membershipId === member.membershipId) && !full) onChange([...chosen, member]);
    setQuery("");
    setResults(null);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open || !results) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (results.length === 0 ? -1 : (i + step + results.length) % results.length));
    } else if (event.key === "Enter" && active >= 0 && results[active]) {
      event.preventDefault();
      add(results[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setQuery("");
      setResults(null);
    }
  };

  return (
    <div>
      <ul className="flex flex-wrap gap-2" aria-live="polite">
        {chosen.map((m) => (
          <li key={m.membershipId} className="flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 py-1 pl-3 pr-1 text-sm text-brand-900">
            <span>
              {m.name}
              {!m.hasAvailability && <span className="text-amber-800"> ({t("noAvailability")})</span>}
            </span>
            <button type="button" onClick={() => onChange(chosen.filter((c) => c.membershipId !== m.membershipId))} aria-label={t("remove", { name: m.name })} className="rounded-full px-2 py-0.5 hover:bg-brand-100">
              ×
            </button>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-stone-600">{t("chosenCount", { count: chosen.length, max: PARTICIPANTS_MAX })}</p>
      <div className="relative mt-2">
        <label htmlFor="participant-search" className="sr-only">{t("searchLabel")}</label>
        <input
          id="participant-search"
          type="text"
          role="combobox"
          autoComplete="off"
          disabled={full}
          placeholder={t("search")}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setResults(null)}
          className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base disabled:bg-stone-100"
        />
        <ul id={listId} role="listbox" aria-label={t("searchLabel")} hidden={!open || results?.length === 0} className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg">
          {results?.map((m, index) => (
            <li
              key={m.membershipId}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => add(m)}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-50 text-brand-900" : "hover:bg-stone-100"}`}
            >
              <span className="font-medium">{m.name}</span>
              <span className="block text-sm text-stone-600">{describe(m)}</span>
            </li>
          ))}
        </ul>
        <p aria-live="polite" className="sr-only">
          {open && results ? (results.length === 0 ? t("noResults") : t("results", { count: results.length })) : ""}
        </p>
        {open && results?.length === 0 && <p className="mt-1 text-sm text-stone-600">{t("noResults")}</p>}
      </div>
    </div>
  );
}
