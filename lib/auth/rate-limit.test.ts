import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { setClockOffset } from "@/lib/clock";
import { hitRateLimits } from "./rate-limit";

// The limiter that guards sign-in emails and SCIM tokens: a limit per window, counted together with the
// previous window, so that a burst at a window's edge gets no double allowance.

afterEach(() => setClockOffset(0));
afterAll(() => closeDb());

describe("hitRateLimits", () => {
  it("allows the limit, refuses the next attempt, and still counts the previous window", async () => {
    const key = `test:${crypto.randomUUID()}`;
    const rule = { key, limit: 3, windowSeconds: 3600 };
    // Start at the beginning of a window, so that the hour does not turn during the test.
    const hour = 3_600_000;
    setClockOffset(hour - (Date.now() % hour) + 1_000);
    expect([await hitRateLimits([rule]), await hitRateLimits([rule]), await hitRateLimits([rule])]).toEqual([true, true, true]);
    expect(await hitRateLimits([rule])).toBe(false);
    setClockOffset(2 * hour - (Date.now() % hour) + 1_000);
    expect(await hitRateLimits([rule])).toBe(false);
    setClockOffset(3 * hour - (Date.now() % hour) + 1_000);
    expect(await hitRateLimits([rule])).toBe(true);
  });

  it("refuses when any one of several rules is over its limit, and counts the attempt against each", async () => {
    const a = { key: `test:${crypto.randomUUID()}`, limit: 1, windowSeconds: 60 };
    const b = { key: `test:${crypto.randomUUID()}`, limit: 5, windowSeconds: 60 };
    expect(await hitRateLimits([a, b])).toBe(true);
    expect(await hitRateLimits([a, b])).toBe(false);
    expect(await hitRateLimits([b])).toBe(true);
  });
});
