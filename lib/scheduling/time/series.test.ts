import { describe, expect, it } from "vitest";
import { expandSeries, followMove, type SeriesPlan } from "./series";
import { toZoned } from "./zoned-time";

const weekly = (firstDate: string, extra: Partial<SeriesPlan> = {}): SeriesPlan => ({
  timeZone: "Europe/Amsterdam",
  firstDate,
  startTime: "19:00",
  durationMinutes: 90,
  cadenceWeeks: 1,
  count: 4,
  skipDates: [],
  ...extra,
});

describe("expandSeries", () => {
  it("keeps 19:00 in Amsterdam across the last Sunday of March; the UTC instant moves an hour earlier", () => {
    const sessions = expandSeries(weekly("2026-03-16"));
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-03-16T18:00:00.000Z",
      "2026-03-23T18:00:00.000Z",
      "2026-03-30T17:00:00.000Z",
      "2026-04-06T17:00:00.000Z",
    ]);
    for (const s of sessions) expect(toZoned(s.startsAt, "Europe/Amsterdam")).toMatchObject({ date: s.localDate, time: "19:00", weekday: "mon" });
    expect(sessions[2].endsAt.toISOString()).toBe("2026-03-30T18:30:00.000Z");
  });

  it("keeps 19:00 in Amsterdam across the last Sunday of October; the UTC instant moves an hour later", () => {
    const sessions = expandSeries(weekly("2026-10-19", { count: 3 }));
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual(["2026-10-19T17:00:00.000Z", "2026-10-26T18:00:00.000Z", "2026-11-02T18:00:00.000Z"]);
    expect(sessions.map((s) => toZoned(s.startsAt, "Europe/Amsterdam").time)).toEqual(["19:00", "19:00", "19:00"]);
  });

  it("skips holidays and takes the next cadence date, still planning the full count", () => {
    const sessions = expandSeries(weekly("2026-03-16", { cadenceWeeks: 2, count: 3, skipDates: ["2026-03-30"] }));
    expect(sessions.map((s) => s.localDate)).toEqual(["2026-03-16", "2026-04-13", "2026-04-27"]);
    expect(sessions.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("refuses a cadence or count outside the limits", () => {
    expect(() => expandSeries(weekly("2026-03-16", { cadenceWeeks: 7 }))).toThrow(RangeError);
    expect(() => expandSeries(weekly("2026-03-16", { count: 0 }))).toThrow(RangeError);
  });
});

describe("followMove", () => {
  it("moves a later session by the same days and to the same wall-clock time, across a clock change", () => {
    const from = new Date("2026-03-16T18:00:00Z"); // Monday 19:00
    const to = new Date("2026-03-17T19:00:00Z"); // Tuesday 20:00
    const later = new Date("2026-03-30T17:00:00Z"); // Monday 19:00 in summer time
    const moved = followMove(later, from, to, "Europe/Amsterdam");
    expect(toZoned(moved, "Europe/Amsterdam")).toMatchObject({ date: "2026-03-31", time: "20:00" });
    expect(moved.toISOString()).toBe("2026-03-31T18:00:00.000Z");
  });
});
