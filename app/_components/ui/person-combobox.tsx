"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { fieldInputClass } from "./field";

const DEBOUNCE_MS = 250;
const MIN_QUERY = 2;

export type PersonComboboxProps<T> = {
  /** The input's id, for the caller's <label htmlFor>. */
  id: string;
  /** The server's search (an organisation can have 10,000 members, too many to send to the browser): a server action, so one function for the component's life. */
  search: (query: string) => Promise<T[]>;
  optionKey: (option: T) => string;
  optionName: (option: T) => string;
  /** A second line under the name (job title, department, time zone). */
  optionDetail?: (option: T) => string;
  onChoose: (option: T) => void;
  /** People chosen already, left out of the list. */
  isChosen?: (option: T) => boolean;
  /** The accessible name of the list of results. */
  listLabel: string;
  noResultsText: string;
  /** "3 people found", read out by screen readers when the list changes. */
  resultsText: (count: number) => string;
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** Layout of the wrapper (a width). */
  className?: string;
  inputClassName?: string;
  /**
   * The typed text is the field's value, posted under `name` (an address typed by hand works too);
   * choosing a person fills in `optionValue`. Without it the input only searches and the caller keeps
   * the choice (in a hidden input or a list of chips).
   */
  freeText?: { name: string; optionValue: (option: T) => string; inputMode?: "email" | "text" };
};

/**
 * A combobox that finds a person by a server-side search: type two letters, the arrow keys move through
 * the results, Enter picks one, Escape closes the list. Behind the profile's manager, the invitation's
 * manager, the session planner's participants and a mentee's people to avoid.
 */
export function PersonCombobox<T>(props: PersonComboboxProps<T>) {
  const { id, search, optionKey, optionName, optionDetail, onChoose, isChosen, freeText } = props;
  const free = freeText !== undefined;
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<T[] | null>(null);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  // The text a choice put into a free-text field: it is not a new search.
  const chosenText = useRef<string | null>(null);

  useEffect(() => {
    const text = query.trim();
    const request = ++latest.current;
    if (text.length < MIN_QUERY || text === chosenText.current) return;
    const timer = setTimeout(() => {
      search(text).then(
        (people) => {
          // Answers can overtake each other; only the newest query may fill the list.
          if (request !== latest.current) return;
          setFound(people);
          // In a free-text field Enter submits what was typed, unless the arrow keys chose someone.
          setActive(free ? -1 : 0);
        },
        () => {},
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search, free]);

  // A form's reset() empties a free-text field, which React's value would otherwise keep.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!free || !form) return;
    const clear = () => {
      setQuery("");
      setFound(null);
    };
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, [free]);

  const results = found?.filter((option) => !isChosen?.(option)) ?? null;
  const open = query.trim().length >= MIN_QUERY && results !== null;
  const highlighted = results && active < results.length ? active : -1;

  // Keep the highlighted person in view when the arrow keys move past the list's visible part.
  useEffect(() => {
    if (highlighted >= 0) document.getElementById(`${listId}-${highlighted}`)?.scrollIntoView({ block: "nearest" });
  }, [highlighted, listId]);

  const close = () => {
    setFound(null);
    setActive(-1);
  };
  const choose = (option: T) => {
    onChoose(option);
    const text = freeText ? freeText.optionValue(option) : "";
    chosenText.current = text;
    setQuery(text);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open || !results) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.length === 0) return;
      const down = event.key === "ArrowDown";
      setActive(highlighted < 0 ? (down ? 0 : results.length - 1) : (highlighted + (down ? 1 : -1) + results.length) % results.length);
    } else if (event.key === "Enter" && highlighted >= 0) {
      // Enter picks the highlighted person instead of submitting the whole form.
      event.preventDefault();
      choose(results[highlighted]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (!free) setQuery("");
      close();
    }
  };

  return (
    <div className={["relative", props.className].filter(Boolean).join(" ")}>
      <input
        ref={inputRef}
        id={id}
        {...(freeText ? { name: freeText.name, inputMode: freeText.inputMode } : {})}
        type="text"
        role="combobox"
        autoComplete="off"
        disabled={props.disabled}
        placeholder={props.placeholder}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        value={query}
        onChange={(event) => {
          chosenText.current = null;
          setQuery(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        className={props.inputClassName ?? `${fieldInputClass} disabled:bg-stone-100`}
      />
      <ul id={listId} role="listbox" aria-label={props.listLabel} hidden={!open || results?.length === 0} className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg">
        {results?.map((option, index) => {
          const detail = optionDetail?.(option);
          return (
            <li
              key={optionKey(option)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlighted}
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-3 py-2 ${index === highlighted ? "bg-brand-50 text-brand-900" : "hover:bg-stone-100"}`}
            >
              <span className="font-medium">{optionName(option)}</span>
              {detail && <span className="block text-sm text-stone-600">{detail}</span>}
            </li>
          );
        })}
      </ul>
      <p aria-live="polite" className="sr-only">
        {open && results ? (results.length === 0 ? props.noResultsText : props.resultsText(results.length)) : ""}
      </p>
      {open && results?.length === 0 && <p className="mt-1 text-sm text-stone-600">{props.noResultsText}</p>}
    </div>
  );
}

export type ChosenPerson = { key: string; name: string; note?: string };

/**
 * The people a multiple picker holds, each with a button that removes them; with `inputName` each also
 * posts its key in a hidden input, so the form sends the list without JavaScript's help.
 */
export function PersonChips({ people, removeLabel, onRemove, inputName, tone = "brand" }: { people: ChosenPerson[]; removeLabel: (name: string) => string; onRemove: (key: string) => void; inputName?: string; tone?: "brand" | "plain" }) {
  const chip = tone === "brand" ? "border-brand-600 bg-brand-50 text-brand-900" : "border-stone-300 bg-stone-50";
  const remove = tone === "brand" ? "hover:bg-brand-100" : "hover:bg-stone-200";
  return (
    <ul className="flex flex-wrap gap-2" aria-live="polite">
      {people.map((person) => (
        <li key={person.key} className={`flex items-center gap-1 rounded-full border py-1 pl-3 pr-1 text-sm ${chip}`}>
          {inputName && <input type="hidden" name={inputName} value={person.key} />}
          <span>
            {person.name}
            {person.note && <span className="text-amber-800"> ({person.note})</span>}
          </span>
          <button type="button" onClick={() => onRemove(person.key)} aria-label={removeLabel(person.name)} className={`rounded-full px-2 py-0.5 ${remove}`}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
