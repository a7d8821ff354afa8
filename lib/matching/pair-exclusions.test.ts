import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAllowedPairCheck } from "./allowed-pair-check";
import { internProfiles } from "./interned-profiles";
import { buildExclusionContext, findPairExclusion } from "./pair-exclusions";
import type { MatchingRestrictions } from "./profile-types";
import { criteria, mentee, mentor } from "./test-fixtures";

const none: MatchingRestrictions = { doNotMatch: [], earlierPairs: [] };

describe("findPairExclusion", () => {
  const check = (mentorEnrolment: ReturnType<typeof mentor>, menteeEnrolment: ReturnType<typeof mentee>, restrictions = none, rules = criteria) =>
    findPairExclusion(mentorEnrolment, menteeEnrolment, buildExclusionContext([mentorEnrolment.person, menteeEnrolment.person], restrictions, rules));

  it("allows an ordinary pair", () => {
    expect(check(mentor("m"), mentee("e"))).toBeNull();
  });

  it("requires a shared language", () => {
    expect(check(mentor("m", { languages: ["en"] }), mentee("e", { languages: ["nl"] }))).toEqual({ code: "noSharedLanguage" });
  });

  it("excludes the reporting line two levels up and down", () => {
    expect(check(mentor("boss"), mentee("e", { managerId: "boss" }))?.code).toBe("reportingLine");
    const managerOf = new Map([["middle", "top"]]);
    expect(check(mentor("top"), mentee("e", { managerId: "middle" }), { ...none, managerOf })).toEqual({
      code: "reportingLine",
      relation: "managersManager",
    });
    expect(check(mentor("m", { managerId: "e" }), mentee("e"))).toEqual({ code: "reportingLine", relation: "directReport" });
  });

  it("honours do-not-match requests either way round and earlier pairs", () => {
    expect(check(mentor("m"), mentee("e"), { ...none, doNotMatch: [["e", "m"]] })).toEqual({ code: "doNotMatch" });
    expect(check(mentor("m"), mentee("e"), { ...none, earlierPairs: [{ mentorId: "m", menteeId: "e" }] })).toEqual({ code: "earlierPair" });
  });

  it("applies required department and seniority rules only when required", () => {
    expect(check(mentor("m"), mentee("e"))).toBeNull();
    expect(check(mentor("m"), mentee("e"), none, { ...criteria, department: { weight: 1, mode: "required" } })).toEqual({
      code: "sameDepartmentNotAllowed",
    });
    expect(
      check(mentor("m", { level: 3 }), mentee("e", { level: 2 }), none, { ...criteria, seniorityGap: { weight: 1, minLevels: 2, required: true } }),
    ).toEqual({ code: "seniorityGapTooSmall", levels: 1, required: 2 });
  });

  it("agrees with the integer check used by the candidate pipeline", () => {
    const id = fc.constantFrom("a", "b", "c", "d");
    const profile = fc.record({
      id,
      managerId: fc.option(id, { nil: null }),
      department: fc.constantFrom("x", "y"),
      level: fc.integer({ min: 0, max: 4 }),
      languages: fc.subarray(["nl", "en"]),
    });
    fc.assert(
      fc.property(profile, profile, fc.array(fc.tuple(id, id), { maxLength: 2 }), fc.boolean(), fc.boolean(), (a, b, doNotMatch, sameDeptRule, seniorityRule) => {
        const mentors = [mentor(a.id, a)];
        const mentees = [mentee(b.id, b)];
        const rules = {
          ...criteria,
          department: { weight: 1, mode: sameDeptRule ? ("required" as const) : ("preferred" as const) },
          seniorityGap: { weight: 1, minLevels: 1, required: seniorityRule },
        };
        const restrictions = { doNotMatch, earlierPairs: doNotMatch.map(([m, e]) => ({ mentorId: m, menteeId: e })) };
        const context = buildExclusionContext([mentors[0].person, mentees[0].person], restrictions, rules);
        const fast = createAllowedPairCheck(mentors, mentees, internProfiles(mentors, mentees), context);
        expect(fast(0, 0)).toBe(findPairExclusion(mentors[0], mentees[0], context) === null);
      }),
      { numRuns: 500 },
    );
  });
});
