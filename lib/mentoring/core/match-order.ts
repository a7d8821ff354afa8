/** Requests waiting for an answer and pairs that meet: what /matches shows first. */
const currentStatuses = new Set(["proposed", "requested", "accepted"]);

/** A request declined, withdrawn or run out this recently stays in view, so that an answer just given is seen. */
export const RECENT_DAYS = 7;

export function isCurrentMatch(status: string): boolean {
  return currentStatuses.has(status);
}

type Orderable = { status: string; settledAt?: Date | null };

/**
 * A member's matches for /matches: the current ones first (a request waiting for an answer before an
 * accepted pair, newest first within each), then requests that ended in the last RECENT_DAYS; the rest
 * (ended pairs, older declined, expired or withdrawn requests) is the past, newest first. The input comes
 * oldest first, as stored.
 */
export function orderMatches<T extends Orderable>(matches: readonly T[], at: Date): { current: T[]; past: T[] } {
  const newestFirst = [...matches].reverse();
  const recent = (match: T) =>
    match.status !== "ended" && !isCurrentMatch(match.status) && match.settledAt != null && at.getTime() - match.settledAt.getTime() < RECENT_DAYS * 86_400_000;
  const waiting = newestFirst.filter((match) => match.status !== "accepted" && isCurrentMatch(match.status));
  const meeting = newestFirst.filter((match) => match.status === "accepted");
  return {
    current: [...waiting, ...meeting, ...newestFirst.filter(recent)],
    past: newestFirst.filter((match) => !isCurrentMatch(match.status) && !recent(match)),
  };
}
