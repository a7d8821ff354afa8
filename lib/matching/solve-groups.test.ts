import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveGroupsExactly } from "./exact-groups";
import type { GroupParticipant, GroupsProblem } from "./groups-types";
import { formGroups, formGroupsWith, solveGroups } from "./solve-groups";
import { generateSyntheticGroups } from "./synthetic-groups";
import { findGroupRuleViolations } from "./verify-groups";

const participant = (id: string, overrides: Partial<GroupParticipant> = {}): GroupParticipant => ({
  id,
  department: `d-${id}`,
  manager: null,
  languages: ["nl"],
  slots: ["mon-09"],
  ...overrides,
});

const randomProblem = fc
  .record({
    minSize: fc.integer({ min: 1, max: 4 }),
    extra: fc.integer({ min: 0, max: 3 }),
    people: fc.array(
      fc.record({
        department: fc.constantFrom("a", "b", "c"),
        manager: fc.option(fc.nat(40), { nil: null }),
        languages: fc.subarray(["nl", "en", "fr"]),
        slots: fc.subarray(["mon", "tue", "wed", "thu"], { minLength: 1 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ minSize, extra, people }): GroupsProblem => ({
    kind: "groups",
    minSize,
    maxSize: minSize + extra,
    participants: people.map((person, index) => ({
      id: `p${index}`,
      department: person.department,
      manager: person.manager === null || person.manager === index ? null : `p${person.manager}`,
      languages: person.languages,
      slots: person.slots,
    })),
  }));

describe("formGroups", () => {
  it("meets every hard rule on random problems (checked independently)", () => {
    fc.assert(
      fc.property(randomProblem, (problem) => {
        expect(findGroupRuleViolations(problem, solveGroups(problem))).toEqual([]);
        expect(findGroupRuleViolations(problem, solveGroups({ ...problem, participants: [...problem.participants].reverse() }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("is optimal on tiny problems (placed first, then same-department pairs)", () => {
    fc.assert(
      fc.property(randomProblem.filter((problem) => problem.participants.length <= 12), (problem) => {
        const result = formGroups(problem);
        const optimum = solveGroupsExactly(problem);
        expect([result.placed, result.sameDepartmentPairs]).toEqual([optimum.placed, optimum.sameDepartmentPairs]);
      }),
      { numRuns: 200 },
    );
  });

  it("places everyone in a realistic programme, spreading departments and keeping managers apart", () => {
    const problem = generateSyntheticGroups({ participants: 400, seed: 5 });
    const result = solveGroups(problem);
    expect(findGroupRuleViolations(problem, result)).toEqual([]);
    expect(result.placed).toBe(400);
    const heuristicOnly = formGroupsWith(problem, { exactUpTo: 0 });
    expect(heuristicOnly.sameDepartmentPairs / heuristicOnly.groups.length).toBeLessThan(1);
  });

  it("tells someone without enough peers in their slot which slot would place them", () => {
    const problem: GroupsProblem = {
      kind: "groups",
      minSize: 3,
      maxSize: 4,
      participants: [
        ...["a", "b", "c"].map((id) => participant(id, { slots: ["tue-09"] })),
        participant("loner", { slots: ["fri-16"] }),
        participant("mute", { languages: [] }),
      ],
    };
    const result = formGroups(problem);
    expect(result.groups).toEqual([{ members: ["a", "b", "c"], language: "nl", slot: "tue-09" }]);
    expect(result.unassigned).toEqual([
      { id: "loner", reason: { code: "tooFewPeers", bestPeerCount: 0, suggestedSlots: ["tue-09"] } },
      { id: "mute", reason: { code: "noLanguageOrSlot" } },
    ]);
    expect(solveGroups(problem).unassigned[0].reason).toBe("shares no slot with enough peers; adding tue-09 would place them");
  });

  it("never puts a manager with a direct report, even when that leaves someone out", () => {
    const problem: GroupsProblem = {
      kind: "groups",
      minSize: 2,
      maxSize: 2,
      participants: [participant("boss"), participant("report", { manager: "boss" }), participant("peer")],
    };
    const result = formGroups(problem);
    expect(result.placed).toBe(2);
    expect(result.groups[0].members).toContain("peer");
  });

  it("counts same-department pairs and avoids them when it can", () => {
    const problem: GroupsProblem = {
      kind: "groups",
      minSize: 2,
      maxSize: 2,
      participants: [
        participant("f1", { department: "F" }),
        participant("f2", { department: "F" }),
        participant("h1", { department: "H" }),
        participant("h2", { department: "H" }),
      ],
    };
    expect(formGroups(problem).sameDepartmentPairs).toBe(0);
  });
});

describe("findGroupRuleViolations", () => {
  it("reports each broken rule", () => {
    const problem: GroupsProblem = {
      kind: "groups",
      minSize: 2,
      maxSize: 3,
      participants: [participant("a"), participant("b", { manager: "a", languages: ["en"] }), participant("c")],
    };
    const violations = findGroupRuleViolations(problem, {
      groups: [{ members: ["a", "b"], language: "nl", slot: "tue-09" }],
      unassigned: [],
      placed: 3,
      sameDepartmentPairs: 1,
    });
    expect(violations).toEqual([
      "a is not free at tue-09",
      "b does not speak nl",
      "b is not free at tue-09",
      "b is with their manager",
      "c appears 0 times",
      "placed is 3, counted 2",
      "sameDepartmentPairs is 1, counted 0",
    ]);
  });
});
