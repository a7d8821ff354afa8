/** Requests waiting for an answer and pairs that meet: what /matches shows first. */
const currentStatuses = new Set(["proposed", "requested", "accepted"]);

export function isCurrentMatch(status: string): boolean {
  return currentStatuses.has(status);
}

/**
 * A member's matches for /matches: the current ones first (a request waiting for an answer before an
 * accepted pair, newest first within each), then the past ones (declined, expired, withdrawn, ended),
 * newest first. The input comes oldest first, as stored.
 */
export function orderMatches<T extends { status: string }>(matches: readonly T[]): { current: T[]; past: T[] } {
  const newestFirst = [...matches].reverse();
  const waiting = newestFirst.filter((match) => match.status !== "accepted" && isCurrentMatch(match.status));
  const meeting = newestFirst.filter((match) => match.status === "accepted");
  return { current: [...waiting, ...meeting], past: newestFirst.filter((match) => !isCurrentMatch(match.status)) };
}
