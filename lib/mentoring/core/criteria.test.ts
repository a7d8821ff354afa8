import { describe, expect, it } from "vitest";
import { readMentoringSettings } from "./criteria";

describe("the matching round reads the admin's programme settings", () => {
  it("turns the weights, seniority gap and department rule into the engine's criteria", () => {
    const { criteria, defaultCapacity, responseDays } = readMentoringSettings({
      weights: { topics: 5, seniority: 0, timeZone: 1, department: 4, availability: 2 },
      minSeniorityGap: 2,
      departmentRule: "require-different",
      defaultCapacity: 3,
      responseDays: 7,
    });
    expect(criteria).toMatchObject({
      sharedTopics: { weight: 5 },
      seniorityGap: { weight: 0, minLevels: 2 },
      timezone: { weight: 1 },
      department: { weight: 4, mode: "required" },
      availability: { weight: 2 },
    });
    expect([defaultCapacity, responseDays]).toEqual([3, 7]);
  });

  it("gives department no weight when the admin ignores it", () => {
    expect(readMentoringSettings({ departmentRule: "ignore" }).criteria.department.weight).toBe(0);
  });
});
