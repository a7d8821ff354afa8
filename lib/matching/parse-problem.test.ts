import { describe, expect, it } from "vitest";
import { parseProblem } from "./parse-problem";

const pairs = (patch: Record<string, unknown>) =>
  JSON.stringify({
    kind: "pairs",
    mentors: [{ id: "m1", capacity: 1 }],
    mentees: [{ id: "e1" }],
    edges: [{ mentor: "m1", mentee: "e1", score: 0.5 }],
    ...patch,
  });
const groups = (patch: Record<string, unknown>) =>
  JSON.stringify({
    kind: "groups",
    minSize: 2,
    maxSize: 3,
    participants: [{ id: "p1", department: "F", manager: null, languages: ["nl"], slots: ["mon-09"] }],
    ...patch,
  });

describe("parseProblem", () => {
  it("accepts valid problems", () => {
    expect(parseProblem(pairs({})).ok).toBe(true);
    expect(parseProblem(groups({})).ok).toBe(true);
  });

  it.each([
    ["{", /^invalid JSON: /],
    ["[]", /^problem must be an object/],
    [JSON.stringify({ kind: "trios" }), /^unknown kind "trios"/],
    [JSON.stringify({}), /^missing field "kind"/],
    [pairs({ mentors: undefined }), /^missing field "mentors"$/],
    [pairs({ mentors: [{ id: "m1" }] }), /^missing field "mentors\[0\]\.capacity"$/],
    [pairs({ mentors: [{ id: "m1", capacity: -1 }] }), /^mentors\[0\]\.capacity must be a non-negative integer, got -1$/],
    [pairs({ mentors: [{ id: "m1", capacity: 1.5 }] }), /capacity must be a non-negative integer/],
    [pairs({ mentees: [{ id: "e1" }, { id: "e1" }] }), /^mentees\[1\]\.id: duplicate id "e1"$/],
    [pairs({ edges: [{ mentor: "m9", mentee: "e1", score: 1 }] }), /^edges\[0\]\.mentor: unknown mentor id "m9"$/],
    [pairs({ edges: [{ mentor: "m1", mentee: "e9", score: 1 }] }), /^edges\[0\]\.mentee: unknown mentee id "e9"$/],
    [pairs({ edges: [{ mentor: "m1", mentee: "e1", score: -0.1 }] }), /^edges\[0\]\.score must be a finite number >= 0/],
    [pairs({ edges: [{ mentor: "m1", mentee: "e1", score: "1" }] }), /score must be a finite number/],
    [pairs({ edges: [{ mentor: "m1", mentee: "e1", score: 1 }, { mentor: "m1", mentee: "e1", score: 2 }] }), /^edges\[1\]: duplicate edge/],
    [groups({ minSize: 4, maxSize: 3 }), /^empty group size range: minSize 4 is greater than maxSize 3$/],
    [groups({ minSize: 0 }), /^minSize must be an integer >= 1, got 0$/],
    [groups({ participants: [{ id: "p1", department: "F", languages: [], slots: [] }] }), /^missing field "participants\[0\]\.manager"/],
    [groups({ participants: [{ id: "p1", department: "F", manager: "p1", languages: [], slots: [] }] }), /cannot be their own manager/],
    [groups({ participants: [{ id: "p1", department: "F", manager: null, languages: "nl", slots: [] }] }), /^participants\[0\]\.languages must be an array/],
  ])("rejects %s", (text, message) => {
    const parsed = parseProblem(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).not.toContain("\n");
    }
  });
});
