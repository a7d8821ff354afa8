import { describe, expect, it } from "vitest";
import { planPresenters, repeatedPresenters, rotatingFacilitators } from "./rotation";

const people = [
  { membershipId: "c", name: "Carla" },
  { membershipId: "a", name: "Anne" },
  { membershipId: "b2", name: "Bram" },
  { membershipId: "b1", name: "Bram" },
];

describe("the presenter rotation", () => {
  it("lets everyone present once, in a deterministic order", () => {
    expect(planPresenters(people, 4)).toEqual(["a", "b1", "b2", "c"]);
    expect(planPresenters([...people].reverse(), 4)).toEqual(["a", "b1", "b2", "c"]);
    expect(repeatedPresenters(planPresenters(people, 4))).toEqual([]);
  });

  it("starts over only when there are more sessions than people", () => {
    expect(planPresenters(people, 6)).toEqual(["a", "b1", "b2", "c", "a", "b1"]);
    expect(repeatedPresenters(planPresenters(people, 6))).toEqual(["a", "b1"]);
    expect(planPresenters([], 3)).toEqual([]);
  });

  it("never has the presenter lead their own session when facilitation rotates", () => {
    const presenters = ["a", "b", "c", "d"];
    const leads = rotatingFacilitators(presenters);
    expect(leads).toEqual(["b", "c", "d", "a"]);
    leads.forEach((lead, i) => expect(lead).not.toBe(presenters[i]));
    expect(rotatingFacilitators(["a", "a", "b", null])).toEqual(["b", "b", "a", "a"]);
  });
});
