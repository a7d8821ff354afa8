import { describe, expect, it } from "vitest";
import { profileCompleteness, type CompletenessInput } from "./completeness";

const complete: CompletenessInput = {
  department: "Finance",
  managerMembershipId: "6f0c2a36-9a49-4a8e-9a0a-6d3c1f2b7e11",
  seniority: 4,
  languages: ["nl"],
  timeZone: "Europe/Amsterdam",
  topics: ["coaching", "strategy"],
  availability: ["mon-09", "mon-10", "tue-14"],
};

const empty: CompletenessInput = {
  department: null,
  managerMembershipId: null,
  seniority: null,
  languages: [],
  timeZone: null,
  topics: [],
  availability: [],
};

describe("profileCompleteness", () => {
  it("is 100% with nothing missing when every field is filled in", () => {
    expect(profileCompleteness(complete)).toEqual({ percent: 100, missing: [] });
  });

  it("lists every field, in a stable order, for an empty profile", () => {
    expect(profileCompleteness(empty)).toEqual({
      percent: 0,
      missing: ["department", "manager", "seniority", "languages", "timeZone", "topics", "availability"],
    });
  });

  it("counts a blank department as missing", () => {
    expect(profileCompleteness({ ...complete, department: "   " }).missing).toEqual(["department"]);
  });

  it("does not ask for a manager from seniority 8 on", () => {
    expect(profileCompleteness({ ...complete, managerMembershipId: null, seniority: 7 }).missing).toEqual(["manager"]);
    expect(profileCompleteness({ ...complete, managerMembershipId: null, seniority: 8 }).missing).toEqual([]);
    expect(profileCompleteness({ ...complete, managerMembershipId: null, seniority: 10 }).missing).toEqual([]);
  });

  it("needs both a manager and a seniority when the seniority is missing", () => {
    expect(profileCompleteness({ ...complete, managerMembershipId: null, seniority: null }).missing).toEqual(["manager", "seniority"]);
  });

  it("needs at least two distinct topics", () => {
    expect(profileCompleteness({ ...complete, topics: ["coaching"] }).missing).toEqual(["topics"]);
    expect(profileCompleteness({ ...complete, topics: ["coaching", "coaching"] }).missing).toEqual(["topics"]);
  });

  it("needs at least three distinct hours of availability", () => {
    expect(profileCompleteness({ ...complete, availability: ["mon-09", "mon-10"] }).missing).toEqual(["availability"]);
    expect(profileCompleteness({ ...complete, availability: ["mon-09", "mon-09", "mon-10"] }).missing).toEqual(["availability"]);
  });

  it("rounds the percentage and never shows 100 while something is missing", () => {
    const oneMissing = profileCompleteness({ ...complete, timeZone: null });
    expect(oneMissing).toEqual({ percent: 86, missing: ["timeZone"] });
    expect(profileCompleteness({ ...empty, languages: ["en"] }).percent).toBe(14);
  });
});
