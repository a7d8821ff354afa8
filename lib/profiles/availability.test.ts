import { describe, expect, it } from "vitest";
import { allSlotKeys, isSlotKey, presetSlots, slotKey, sortSlots, toggleSlots } from "./availability";

describe("availability slots", () => {
  it("has one key per weekday and grid hour", () => {
    expect(allSlotKeys).toHaveLength(5 * 12);
    expect(allSlotKeys[0]).toBe("mon-08");
    expect(allSlotKeys.at(-1)).toBe("fri-19");
    expect(slotKey("wed", 9)).toBe("wed-09");
  });

  it("accepts only keys of the grid", () => {
    expect(isSlotKey("tue-13")).toBe(true);
    for (const bad of ["sat-10", "mon-07", "mon-20", "mon-9", "MON-09", "mon-09 ", ""]) expect(isSlotKey(bad)).toBe(false);
  });

  it("sorts in grid order, drops duplicates and unknown keys", () => {
    expect(sortSlots(["tue-08", "mon-19", "mon-08", "tue-08", "sun-10"])).toEqual(["mon-08", "mon-19", "tue-08"]);
  });

  it("adds a group unless all of it is chosen, then removes it", () => {
    const monday = ["mon-08", "mon-09"];
    const some = toggleSlots(new Set(["mon-08", "fri-10"]), monday);
    expect([...some].sort()).toEqual(["fri-10", "mon-08", "mon-09"]);
    expect([...toggleSlots(some, monday)]).toEqual(["fri-10"]);
  });

  it("covers mornings and afternoons on every weekday", () => {
    expect(presetSlots("mornings")).toHaveLength(5 * 4);
    expect(presetSlots("mornings")).toContain("fri-11");
    expect(presetSlots("afternoons")).toContain("mon-13");
    expect(presetSlots("afternoons")).not.toContain("mon-12");
  });
});
