import { describe, expect, it } from "vitest";
import { rankSlots, type PersonAvailability } from "./slots";

// Three people who each give the same two afternoon hours of their own Monday. In most weeks these hours
// overlap twice (15:00 and 16:00 in Amsterdam); in the weeks where only one side of the Atlantic has
// changed its clocks, New York is an hour closer and only one hour remains.
const people: PersonAvailability[] = [
  { id: "ams", timeZone: "Europe/Amsterdam", availability: ["mon-15", "mon-16"] },
  { id: "lon", timeZone: "Europe/London", availability: ["mon-14", "mon-15"] },
  { id: "nyc", timeZone: "America/New_York", availability: ["mon-09", "mon-10"] },
];

const everyoneAt = (weekStart: string, referenceZone = "Europe/Amsterdam", durationMinutes = 60) =>
  rankSlots({ referenceZone, weekStart, durationMinutes, people })
    .filter((s) => s.everyone)
    .map((s) => `${s.weekday} ${s.localTime}`);

describe("rankSlots across Amsterdam, London and New York", () => {
  it("winter and summer: everyone can make Monday 15:00 and 16:00 Amsterdam time", () => {
    expect(everyoneAt("2026-01-12")).toEqual(["mon 15:00", "mon 16:00"]);
    expect(everyoneAt("2026-06-15")).toEqual(["mon 15:00", "mon 16:00"]);
  });

  it("March 8-29 2026 (US on summer time, Europe not yet): only 15:00 is left", () => {
    for (const week of ["2026-03-09", "2026-03-16", "2026-03-23"]) expect(everyoneAt(week)).toEqual(["mon 15:00"]);
    expect(everyoneAt("2026-03-30")).toEqual(["mon 15:00", "mon 16:00"]);
  });

  it("October 25 - November 1 2026 (Europe back on winter time, US not yet): only 15:00 is left", () => {
    expect(everyoneAt("2026-10-19")).toEqual(["mon 15:00", "mon 16:00"]);
    expect(everyoneAt("2026-10-26")).toEqual(["mon 15:00"]);
    expect(everyoneAt("2026-11-02")).toEqual(["mon 15:00", "mon 16:00"]);
  });

  it("expresses the slots in the reference zone, per concrete date", () => {
    expect(everyoneAt("2026-01-12", "America/New_York")).toEqual(["mon 09:00", "mon 10:00"]);
    expect(everyoneAt("2026-03-16", "America/New_York")).toEqual(["mon 10:00"]);
    expect(everyoneAt("2026-03-16", "Europe/London")).toEqual(["mon 14:00"]);
  });

  it("a longer session needs every hour it touches", () => {
    expect(everyoneAt("2026-01-12", "Europe/Amsterdam", 90)).toEqual(["mon 15:00"]);
    expect(everyoneAt("2026-03-16", "Europe/Amsterdam", 90)).toEqual([]);
  });

  it("ranks everyone first, then by how many can come, and says who can make each slot", () => {
    const slots = rankSlots({ referenceZone: "Europe/Amsterdam", weekStart: "2026-03-16", durationMinutes: 60, people });
    expect(slots[0]).toMatchObject({ localDate: "2026-03-16", localTime: "15:00", everyone: true, available: ["ams", "lon", "nyc"], unavailable: [] });
    expect(slots[0].startsAt.toISOString()).toBe("2026-03-16T14:00:00.000Z");
    expect(slots[1]).toMatchObject({ localTime: "16:00", available: ["ams", "lon"], unavailable: ["nyc"] });
    expect(slots.slice(2).every((s) => s.available.length === 1)).toBe(true);
    expect(slots.map((s) => s.available.length)).toEqual([...slots.map((s) => s.available.length)].sort((a, b) => b - a));
  });

  it("leaves out a start hour that the clock skips in the reference zone", () => {
    const night = rankSlots({
      referenceZone: "Europe/Amsterdam",
      weekStart: "2026-03-23",
      durationMinutes: 60,
      startHours: [2],
      people: [{ id: "x", timeZone: "UTC", availability: ["sat-01", "sun-00", "sun-01"] }],
    });
    expect(night.map((s) => s.localDate)).toEqual(["2026-03-28"]);
  });
});
