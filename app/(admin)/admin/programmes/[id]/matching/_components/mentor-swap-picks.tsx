"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { Button } from "@/app/_components/ui/button";
import { useProposalReview } from "@/app/_components/ui/proposal-review";
import { swapMentorsAction } from "../actions";

type Picks = { picked: string[]; toggle: (matchId: string) => void };

const PicksContext = createContext<Picks | null>(null);

function usePicks(): Picks {
  const picks = useContext(PicksContext);
  if (!picks) throw new Error("usePicks outside MentorSwapPicks");
  return picks;
}

/**
 * Two pairs picked in the list swap their mentors; a third pick lets go of the oldest. Any change that goes
 * through (a swap, a pin, a new run) drops the picks, as the pairs they named may be gone.
 */
export function MentorSwapPicks({ children }: { children: ReactNode }) {
  const { changes } = useProposalReview();
  const [picks, setPicks] = useState<{ changes: number; ids: string[] }>({ changes, ids: [] });
  const picked = picks.changes === changes ? picks.ids : [];
  const toggle = (matchId: string) => setPicks({ changes, ids: picked.includes(matchId) ? picked.filter((p) => p !== matchId) : [...picked.slice(-1), matchId] });
  return <PicksContext.Provider value={{ picked, toggle }}>{children}</PicksContext.Provider>;
}

export function MentorSwapPick({ matchId, label }: { matchId: string; label: string }) {
  const { picked, toggle } = usePicks();
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={picked.includes(matchId)} onChange={() => toggle(matchId)} />
      {label}
    </label>
  );
}

export function MentorSwapButton({ label, success }: { label: string; success: string }) {
  const { pending, call } = useProposalReview();
  const { picked } = usePicks();
  return (
    <Button variant="secondary" size="xs" className="mt-3" disabled={pending || picked.length !== 2} onClick={() => void call(swapMentorsAction, { first: picked[0], second: picked[1] }, success)}>
      {label}
    </Button>
  );
}
