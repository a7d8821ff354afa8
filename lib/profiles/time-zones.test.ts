import { describe, expect, it } from "vitest";
import { initialTimeZoneOptions, isSupportedTimeZone, timeZoneOptions } from "./time-zones";

describe("the time zones a member can pick", () => {
  it("first offers the preferred zones and the member's own; the full list holds every other zone validation accepts", () => {
    expect(initialTimeZoneOptions("America/New_York")).toEqual({ preferred: ["Europe/Amsterdam", "Europe/Brussels"], others: ["America/New_York"] });
    expect(initialTimeZoneOptions("Europe/Amsterdam").others).toEqual([]);
    expect(initialTimeZoneOptions("Not/AZone").others).toEqual([]);
    const { others } = timeZoneOptions();
    expect(others.length).toBeGreaterThan(300);
    expect(others).toContain("America/New_York");
    expect(others.every(isSupportedTimeZone)).toBe(true);
  });
});
