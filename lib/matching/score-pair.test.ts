import { describe, expect, it } from "vitest";
import { scorePair } from "./score-pair";
import { criteria, mentee, mentor } from "./test-fixtures";

describe("scorePair", () => {
  it("explains the criteria that raised and lowered the score as data", () => {
    const result = scorePair(
      mentor("m", { department: "HR", level: 4, utcOffsetHours: 3, availability: ["mon-09", "tue-14"] }, ["change-management", "finance"]),
      mentee("e", { department: "Finance", level: 2, utcOffsetHours: 1, availability: ["tue-14", "mon-09"] }, ["change-management", "budgeting"], ["coaching"]),
      criteria,
    );
    const byCode = new Map(result.factors.map((factor) => [factor.code, factor]));
    expect(byCode.get("sharedTopics")).toMatchObject({ topics: ["change-management"] });
    expect(byCode.get("seniorityGap")).toMatchObject({ levels: 2 });
    expect(byCode.get("seniorityGap")?.effect).toBeGreaterThan(0);
    expect(byCode.get("timezoneDiff")).toMatchObject({ hours: 2 });
    expect(byCode.get("differentDepartment")?.effect).toBeGreaterThan(0);
    expect(byCode.get("sharedAvailability")).toMatchObject({ slots: ["mon-09", "tue-14"] });
    // One of three wanted topics shared is below a full match, so that factor lowers the score.
    expect(byCode.get("sharedTopics")?.effect).toBeLessThan(0);
    expect(result.score).toBeCloseTo(0.5 + result.factors.reduce((sum, factor) => sum + factor.effect, 0), 12);
    expect(result.factors.map((factor) => factor.effect)).toEqual([...result.factors.map((factor) => factor.effect)].sort((a, b) => b - a));
  });

  it("gives a perfect pair 1 and a hopeless one 0", () => {
    const perfect = scorePair(
      mentor("m", { department: "HR", level: 5, availability: ["a", "b"] }, ["x", "y", "z"]),
      mentee("e", { level: 1, availability: ["a", "b"] }, ["x", "y", "z"]),
      criteria,
    );
    expect(perfect.score).toBe(1);
    const hopeless = scorePair(
      mentor("m", { level: 1, utcOffsetHours: 9, availability: ["c"] }, ["q"]),
      mentee("e", { level: 3, utcOffsetHours: 1, availability: ["a"] }, ["x"]),
      criteria,
    );
    expect(hopeless.score).toBe(0);
    expect(hopeless.factors.map((factor) => factor.code)).toContain("noSharedTopics");
    expect(hopeless.factors.map((factor) => factor.code)).toContain("sameDepartment");
  });

  it("leaves out criteria whose weight is 0", () => {
    const result = scorePair(mentor("m", {}, ["x"]), mentee("e", {}, ["x"]), {
      ...criteria,
      timezone: { weight: 0, maxHours: 6 },
      availability: { weight: 0, targetSlots: 2 },
    });
    expect(result.factors.some((factor) => factor.code === "timezoneDiff" || factor.code === "sharedAvailability")).toBe(false);
  });
});
