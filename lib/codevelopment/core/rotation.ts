// Who presents a case at which session, and (when facilitation rotates) who leads it. Pure and
// deterministic: the same group always gets the same rotation.

export type RotationMember = { membershipId: string; name: string };

/** Everyone once, in name order (then id, for equal names); with more sessions than people it starts over. */
export function planPresenters(members: readonly RotationMember[], sessionCount: number): string[] {
  if (members.length === 0) return [];
  const order = [...members].sort((a, b) => compare(a.name, b.name) || compare(a.membershipId, b.membershipId)).map((member) => member.membershipId);
  return Array.from({ length: sessionCount }, (_, i) => order[i % order.length]);
}

/**
 * When facilitation rotates, the next session's presenter leads this one (the last session's is led by the
 * first presenter): nobody leads the session in which they present, as long as presenters differ.
 */
export function rotatingFacilitators(presenters: ReadonlyArray<string | null>): Array<string | null> {
  const n = presenters.length;
  return presenters.map((presenter, i) => {
    for (let k = 1; k < n; k++) {
      const candidate = presenters[(i + k) % n];
      if (candidate && candidate !== presenter) return candidate;
    }
    return null;
  });
}

/** The people who present more than once (a warning, not an error: a facilitator may choose it). */
export function repeatedPresenters(presenters: ReadonlyArray<string | null>): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const presenter of presenters) {
    if (!presenter) continue;
    if (seen.has(presenter)) repeated.add(presenter);
    seen.add(presenter);
  }
  return [...repeated];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
