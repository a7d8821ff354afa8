import { describe, expect, it } from "vitest";
import { builtInMethod, builtInMethods } from "./methods";
import { totalMinutes } from "./method-types";

describe("the method library", () => {
  it("has co-development with the steps and minutes of Payette & Champagne", () => {
    const method = builtInMethod("codevelopment")!;
    expect(method.steps.map((s) => [s.key, s.minutes])).toEqual([
      ["opening", 5], ["presentation", 10], ["clarifying", 15], ["request", 5], ["consultation", 30], ["synthesis", 15], ["learning", 10],
    ]);
    expect(totalMinutes(method)).toBe(90);
    expect(method.steps[0].showsPreviousActions).toBe(true);
  });

  it("turns the presenter away only in the gossip round", () => {
    const away = builtInMethods.flatMap((m) => m.steps.filter((s) => s.presenterTurnedAway).map((s) => `${m.key}.${s.key}`));
    expect(away).toEqual(["gossip.gossip"]);
  });

  it("every method and step is written in Dutch and English, with unique step keys and positive minutes", () => {
    expect(builtInMethods.map((m) => m.key)).toEqual(["codevelopment", "incident", "gossip", "balint"]);
    for (const method of builtInMethods) {
      expect(new Set(method.steps.map((s) => s.key)).size).toBe(method.steps.length);
      for (const text of [method.name, method.summary, ...method.steps.flatMap((s) => [s.title, s.instruction])]) {
        expect(text.nl.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        // Sentences are translated, not copied (short names like "Opening" may be the same in both).
        if (text.nl.length > 40) expect(text.nl).not.toBe(text.en);
      }
      for (const step of method.steps) expect(step.minutes).toBeGreaterThan(0);
    }
  });
});
