"use client";

import { useEffect, useState } from "react";
import type { ManagerCandidate } from "@/lib/members/queries";
import { searchManagersAction } from "../../actions";

type Props = { id: string; name: string; describedBy: string; invalid: boolean };

/**
 * A text field for the manager's address with suggestions from a small server-side search: an
 * organisation of 10,000 people cannot ship them all to the page. Typing an address by hand works too.
 */
export function ManagerPicker({ id, name, describedBy, invalid }: Props) {
  // Uncontrolled, so that the form's reset() empties it; the state only drives the search.
  const [query, setQuery] = useState("");
  const [candidates, setCandidates] = useState<ManagerCandidate[]>([]);
  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    // Waits for a pause in typing, so that one search runs per word rather than per key.
    const timer = setTimeout(() => {
      searchManagersAction(query).then((found) => {
        if (current) setCandidates(found);
      }, () => {});
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  const listId = `${id}-suggestions`;
  return (
    <>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="email"
        autoComplete="off"
        list={listId}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2"
      />
      <datalist id={listId}>
        {candidates.map((c) => (
          <option key={c.email} value={c.email}>
            {c.department ? `${c.name} · ${c.department}` : c.name}
          </option>
        ))}
      </datalist>
    </>
  );
}
