import { describe, expect, it } from "vitest";
import { defaultCodevSettings, readCodevSettings } from "./settings";

describe("co-development settings", () => {
  it("falls back per field, so one bad value does not reset the others", () => {
    const settings = readCodevSettings({ groupSizeMin: 6, cadenceWeeks: "x", languages: ["nl"] });
    expect(settings.groupSizeMin).toBe(6);
    expect(settings.cadenceWeeks).toBe(defaultCodevSettings.cadenceWeeks);
    expect(settings.languages).toEqual(["nl"]);
    expect(settings.method.key).toBe("codevelopment");
    expect(settings.method.steps.map((s) => s.minutes)).toEqual([5, 10, 15, 5, 30, 15, 10]);
  });

  it("never returns a size range whose minimum is above its maximum", () => {
    const settings = readCodevSettings({ groupSizeMin: 8, groupSizeMax: 5 });
    expect(settings.groupSizeMin).toBeLessThanOrEqual(settings.groupSizeMax);
  });
});
