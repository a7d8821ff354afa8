/**
 * The one clock of the app (DESIGN.md): deadlines, reminders and timers read it, so tests can move time.
 * Tests set KRING_TEST_CLOCK_OFFSET_MS (or call setClockOffset) instead of waiting; production never does.
 */
export const testClockAllowed = () => process.env.NODE_ENV !== "production" || process.env.KRING_ALLOW_TEST_CLOCK === "1";
let offsetMs = testClockAllowed() ? Number(process.env.KRING_TEST_CLOCK_OFFSET_MS ?? 0) || 0 : 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function setClockOffset(ms: number): void {
  if (!testClockAllowed()) {
    throw new Error("The test clock cannot be moved in production");
  }
  offsetMs = ms;
}
