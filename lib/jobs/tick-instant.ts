import { testClockAllowed } from "@/lib/clock";

/**
 * The instant a sweep job stands for. The cron's ticks carry no data and the sweep reads the clock. Where
 * the test clock may move (never on a real installation: lib/clock.ts), a tick may carry `{ at }`, so that a
 * test can let minutes of clock pass through the real workers, every tick on every worker, without waiting.
 */
export function tickInstant(data: unknown): Date | null {
  if (!testClockAllowed() || !data || typeof data !== "object") return null;
  const at = (data as { at?: unknown }).at;
  if (typeof at !== "string") return null;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
