import { describe, expect, it } from "vitest";
import { fromZoned } from "@/lib/scheduling/time/zoned-time";
import { firstSlotDate, parseSlot, sessionSlots, slotTime } from "./formation-slots";

const at = new Date("2027-03-01T12:00:00Z");
const amsterdam = { referenceZone: "Europe/Amsterdam", durationMinutes: 120, at };

describe("weekly slots of a group", () => {
  it("needs every hour of the session in the person's availability", () => {
    expect(sessionSlots({ timeZone: "Europe/Amsterdam", availability: ["mon-09", "mon-10", "mon-11", "tue-14"] }, amsterdam).sort()).toEqual(["mon-09", "mon-10"]);
    expect(sessionSlots({ timeZone: "Europe/Amsterdam", availability: ["sun-23", "mon-00"] }, amsterdam)).toEqual(["sun-23"]);
    expect(sessionSlots({ timeZone: "Europe/Amsterdam", availability: ["mon-09", "bogus"] }, { ...amsterdam, durationMinutes: 60 })).toEqual(["mon-09"]);
  });

  it("moves someone else's clock to the organisation's", () => {
    expect(sessionSlots({ timeZone: "Europe/London", availability: ["mon-08", "mon-09"] }, amsterdam)).toEqual(["mon-09"]);
    expect(sessionSlots({ timeZone: "America/New_York", availability: ["mon-08", "mon-09"] }, amsterdam)).toEqual(["mon-14"]);
    // India is 4.5 hours ahead of Amsterdam in winter: 13:30–15:30 covers 09:00–11:00 there only with three hours.
    expect(sessionSlots({ timeZone: "Asia/Kolkata", availability: ["mon-13", "mon-14"] }, amsterdam)).toEqual([]);
    expect(sessionSlots({ timeZone: "Asia/Kolkata", availability: ["mon-13", "mon-14", "mon-15"] }, amsterdam)).toEqual(["mon-09"]);
  });

  it("finds the first occurrence of the slot from a given moment", () => {
    // 2027-03-01 is a Monday.
    expect(firstSlotDate("mon-09", "Europe/Amsterdam", fromZoned("2027-03-01", "08:00", "Europe/Amsterdam"))).toBe("2027-03-01");
    expect(firstSlotDate("mon-09", "Europe/Amsterdam", fromZoned("2027-03-01", "09:30", "Europe/Amsterdam"))).toBe("2027-03-08");
    expect(firstSlotDate("thu-14", "Europe/Amsterdam", at)).toBe("2027-03-04");
    expect(parseSlot("xyz-09")).toBeNull();
    expect(slotTime("fri-07")).toBe("07:00");
  });
});
