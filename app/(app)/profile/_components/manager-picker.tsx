"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { ManagerOption } from "@/lib/profiles/queries";
import { searchManagersAction } from "../actions";
import { inputClass } from "./profile-field-error";

const DEBOUNCE_MS = 250;

function describe(option: ManagerOption): string {
  return [option.jobTitle, option.department].filter(Boolean).join(", ");
}

/**
 * A combobox that searches the organisation on the server (it can have 10,000 members, too many to send
 * to the browser). The chosen manager travels in a hidden input, so the form still posts the current one
 * before JavaScript has loaded.
 */
export function ManagerPicker(props: { initial: ManagerOption | null; invalid: boolean; describedBy?: string }) {
  const t = useTranslations("profile.manager");
  const listId = useId();
  const [selected, setSelected] = useState(props.initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ManagerOption[] | null>(null);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);

  useEffect(() => {
    const text = query.trim();
    const request = ++latest.current;
    if (text.length < 2) return;
    const timer = setTimeout(async () => {
      const found = await searchManagersAction(text);
      // Answers can overtake each other; only the newest query may fill the list.
      if (request === latest.current) {
        setResults(found);
        setActive(found.length > 0 ? 0 : -1);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  // Keep the highlighted person in view when the arrow keys move past the list's visible part.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, listId]);

  const open = query.trim().length >= 2 && results !== null;
  const choose = (option: ManagerOption) => {
    setSelected(option);
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
      // Enter picks the highlighted person instead of submitting the whole form.
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setQuery("");
      setResults(null);
    }
  };

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
      <div className="relative">
        <input
          id="managerMembershipId"
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder={t("search")}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={props.invalid || undefined}
          aria-describedby={props.describedBy}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setResults(null)}
          className={inputClass}
        />
        <ul id={listId} role="listbox" aria-label={t("label")} hidden={!open || results?.length === 0} className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg">
          {results?.map((option, index) => (
            <li
              key={option.membershipId}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-50 text-brand-900" : "hover:bg-stone-100"}`}
            >
              <span className="font-medium">{option.name}</span>
              {describe(option) && <span className="block text-sm text-stone-600">{describe(option)}</span>}
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
