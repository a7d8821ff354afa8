import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isPlainDate, mondayOf, weekdayOf } from "./local-date";
import { existsInZone, fromZoned, offsetMinutes, toZoned } from "./zoned-time";

describe("plain dates", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysBetween("2026-03-16", "2026-04-06")).toBe(21);
  });

  it("knows weekdays and Mondays", () => {
    expect(weekdayOf("2026-03-29")).toBe("sun");
    expect(mondayOf("2026-03-29")).toBe("2026-03-23");
    expect(mondayOf("2026-03-23")).toBe("2026-03-23");
  });

  it("refuses dates that do not exist", () => {
    expect(isPlainDate("2026-02-29")).toBe(false);
    expect(isPlainDate("2026-2-1")).toBe(false);
    expect(isPlainDate("2027-13-01")).toBe(false);
    expect(isPlainDate("2027-00-10")).toBe(false);
    expect(isPlainDate("2028-02-29")).toBe(true);
  });
});

describe("zoned time", () => {
  it("converts wall-clock time in a zone to the instant and back, on both sides of daylight saving", () => {
    expect(fromZoned("2026-03-28", "19:00", "Europe/Amsterdam").toISOString()).toBe("2026-03-28T18:00:00.000Z");
    expect(fromZoned("2026-03-30", "19:00", "Europe/Amsterdam").toISOString()).toBe("2026-03-30T17:00:00.000Z");
    expect(fromZoned("2026-03-16", "09:00", "America/New_York").toISOString()).toBe("2026-03-16T13:00:00.000Z");
    expect(toZoned(new Date("2026-10-26T18:00:00Z"), "Europe/Amsterdam")).toMatchObject({ date: "2026-10-26", time: "19:00", weekday: "mon" });
    expect(offsetMinutes(new Date("2026-07-01T12:00:00Z"), "Europe/London")).toBe(60);
    expect(offsetMinutes(new Date("2026-07-01T12:00:00Z"), "Asia/Kolkata")).toBe(330);
  });

  it("pushes a skipped time forward and takes the earlier of a doubled one", () => {
    expect(existsInZone("2026-03-29", "02:30", "Europe/Amsterdam")).toBe(false);
    expect(fromZoned("2026-03-29", "02:30", "Europe/Amsterdam").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(toZoned(fromZoned("2026-03-29", "02:30", "Europe/Amsterdam"), "Europe/Amsterdam").time).toBe("03:30");
    expect(fromZoned("2026-10-25", "02:30", "Europe/Amsterdam").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(existsInZone("2026-10-25", "02:30", "Europe/Amsterdam")).toBe(true);
  });
});
