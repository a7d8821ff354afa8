import { describe, expect, it } from "vitest";
import { formationWarnings } from "./formation-readiness";

const perGroup = { groupSizeMin: 5, groupSizeMax: 7, facilitatorMode: "perGroup" as const };

describe("warnings before formation", () => {
  it("too few sign-ups for the smallest group, and no volunteer facilitator when each group needs one", () => {
    expect(formationWarnings({ participants: 4, facilitators: 0 }, perGroup)).toEqual([{ code: "tooFewParticipants", participants: 4, min: 5 }, { code: "noFacilitator" }]);
    expect(formationWarnings({ participants: 6, facilitators: 0 }, { ...perGroup, facilitatorMode: "rotating" })).toEqual([]);
    expect(formationWarnings({ participants: 6, facilitators: 1 }, perGroup)).toEqual([]);
  });

  it("says when a facilitator will lead more than one group", () => {
    expect(formationWarnings({ participants: 15, facilitators: 2 }, perGroup)).toEqual([{ code: "fewFacilitators", facilitators: 2, groups: 3 }]);
    expect(formationWarnings({ participants: 14, facilitators: 2 }, perGroup)).toEqual([]);
  });
});
