import { describe, expect, it } from "vitest";
import { commonStarts, commonTimeWindow, freeHourKeys } from "./common-time";
import type { PersonAvailability } from "./slots";

const ams: PersonAvailability = { id: "ams", timeZone: "Europe/Amsterdam", availability: ["mon-15", "mon-16"] };
const nyc: PersonAvailability = { id: "nyc", timeZone: "America/New_York", availability: ["mon-09", "mon-10"] };
const starts = (at: string, people = [ams, nyc]) =>
  commonStarts({ people, referenceZone: "Europe/Amsterdam", window: commonTimeWindow(new Date(at)), durationMinutes: 60 }).map((d) => d.toISOString());

describe("commonStarts over the two-week horizon", () => {
  it("winter: two Mondays with two common hours each (15:00 and 16:00 in Amsterdam)", () => {
    expect(starts("2026-01-12T06:00:00Z")).toEqual(["2026-01-12T14:00:00.000Z", "2026-01-12T15:00:00.000Z", "2026-01-19T14:00:00.000Z", "2026-01-19T15:00:00.000Z"]);
  });

  it("March 2026, New York on summer time and Amsterdam not yet: one hour left on each Monday", () => {
    expect(starts("2026-03-09T06:00:00Z")).toEqual(["2026-03-09T14:00:00.000Z", "2026-03-16T14:00:00.000Z"]);
    // The horizon that crosses Europe's change (29 March): one short Monday, then a normal one.
    expect(starts("2026-03-23T06:00:00Z")).toEqual(["2026-03-23T14:00:00.000Z", "2026-03-30T13:00:00.000Z", "2026-03-30T14:00:00.000Z"]);
  });

  it("the same weekly words in two zones are not the same hours", () => {
    const mentor = { id: "m", timeZone: "Europe/Amsterdam", availability: ["tue-09", "tue-10", "tue-11", "tue-12"] };
    const mentee = { id: "e", timeZone: "America/New_York", availability: ["tue-09", "tue-10", "tue-11", "tue-12"] };
    expect(starts("2026-01-12T06:00:00Z", [mentor, mentee])).toEqual([]);
  });

  it("leaves out starts before the notice and after the horizon, and everything when someone gave no availability", () => {
    // 14:10 UTC on Monday 12 January: that day's hours are within the two-hour notice or past.
    expect(starts("2026-01-12T13:10:00Z")).toEqual(["2026-01-19T14:00:00.000Z", "2026-01-19T15:00:00.000Z"]);
    expect(starts("2026-01-12T06:00:00Z", [ams, { ...nyc, availability: [] }])).toEqual([]);
  });

  it("freeHourKeys intersect two at a time to exactly the common starts", () => {
    const window = commonTimeWindow(new Date("2026-03-09T06:00:00Z"));
    const keys = freeHourKeys([ams, nyc], "Europe/Amsterdam", window);
    const mine = new Set(keys.get("ams"));
    expect(keys.get("nyc")!.filter((k) => mine.has(k))).toEqual(starts("2026-03-09T06:00:00Z"));
  });
});
