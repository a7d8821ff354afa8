import { describe, expect, it } from "vitest";
import { builtInGuide, builtInGuides } from "./built-in-guides";
import { guideKindsFor, isGuideFor, proposedGuideKey, runnerSteps } from "./conversation-steps";
import { guideKinds } from "./guide-types";

describe("the runner's steps of a guide", () => {
  it("are the guide's steps in order, then its closing step as the last", () => {
    const guide = builtInGuide("career")!;
    const steps = runnerSteps(guide);
    expect(steps.map((s) => s.closing)).toEqual([...guide.steps.map(() => false), true]);
    expect(steps.at(-1)).toMatchObject({ title: guide.closing.title, prompts: guide.closing.prompts, minutes: guide.closing.minutes });
    expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
  });
});

describe("which guides a context offers", () => {
  it("offers every kind in exactly one context: a pair the mentoring ones, a manager the others", () => {
    for (const kind of guideKinds) expect([guideKindsFor.pair.includes(kind), guideKindsFor.team.includes(kind)].filter(Boolean)).toHaveLength(1);
    expect(builtInGuides.filter((g) => isGuideFor("pair", g)).map((g) => g.key)).toEqual(["mentoringFirst", "mentoringCheckIn"]);
    expect(builtInGuides.filter((g) => isGuideFor("team", g)).map((g) => g.key)).toEqual(["oneOnOne", "career", "stay"]);
  });

  it("proposes a pair's first meeting until they have held one, then a check-in; a manager's 1-on-1", () => {
    expect(proposedGuideKey("pair", false)).toBe("mentoringFirst");
    expect(proposedGuideKey("pair", true)).toBe("mentoringCheckIn");
    expect(proposedGuideKey("team", true)).toBe("oneOnOne");
  });
});
