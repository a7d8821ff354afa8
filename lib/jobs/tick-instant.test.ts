import { afterEach, describe, expect, it, vi } from "vitest";
import { emailBatchSize } from "./queue-options";
import { tickInstant } from "./tick-instant";

afterEach(() => vi.unstubAllEnvs());

describe("a sweep tick's instant", () => {
  it("is the cron's (none: the sweep reads the clock) unless the tick carries one", () => {
    expect(tickInstant({})).toBeNull();
    expect(tickInstant(null)).toBeNull();
    expect(tickInstant({ at: "not a date" })).toBeNull();
    expect(tickInstant({ at: "2030-01-01T10:00:00Z" })?.toISOString()).toBe("2030-01-01T10:00:00.000Z");
  });

  it("is never taken from a job on a real installation, where the test clock may not move", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("KRING_ALLOW_TEST_CLOCK", "");
    expect(tickInstant({ at: "2030-01-01T10:00:00Z" })).toBeNull();
  });
});

describe("the email batch size", () => {
  it("is 5 unless KRING_EMAIL_BATCH_SIZE says 1 to 50", () => {
    expect(emailBatchSize(undefined)).toBe(5);
    expect(emailBatchSize("20")).toBe(20);
    expect(emailBatchSize("0")).toBe(5);
    expect(emailBatchSize("500")).toBe(5);
    expect(emailBatchSize("2.5")).toBe(5);
  });
});
