import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSyntheticGroups } from "./synthetic-groups";
import { findGroupRuleViolations } from "./verify-groups";

const root = path.resolve(__dirname, "../..");
const runCli = (input: string) => {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "lib/matching/cli.ts")], {
    input,
    encoding: "utf8",
    cwd: root,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("matching CLI", () => {
  it("solves a pairs problem from stdin", () => {
    const problem = {
      kind: "pairs",
      mentors: [{ id: "m1", capacity: 2 }, { id: "m2", capacity: 1 }],
      mentees: [{ id: "e1" }, { id: "e2" }, { id: "e3" }],
      edges: [
        { mentor: "m1", mentee: "e1", score: 0.91 },
        { mentor: "m2", mentee: "e1", score: 0.4 },
        { mentor: "m1", mentee: "e3", score: 0.55 },
      ],
    };
    const { status, stdout, stderr } = runCli(JSON.stringify(problem));
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(JSON.parse(stdout)).toEqual({
      pairs: [{ mentor: "m1", mentee: "e1", score: 0.91 }, { mentor: "m1", mentee: "e3", score: 0.55 }],
      unmatched: ["e2"],
      matched: 2,
      totalScore: 1.46,
    });
  });

  it("solves a groups problem from stdin", () => {
    const problem = generateSyntheticGroups({ participants: 60, seed: 2 });
    const { status, stdout } = runCli(JSON.stringify(problem));
    expect(status).toBe(0);
    const solution = JSON.parse(stdout);
    expect(findGroupRuleViolations(problem, solution)).toEqual([]);
    for (const entry of solution.unassigned) expect(Object.keys(entry).sort()).toEqual(["id", "reason"]);
  });

  it.each([
    ["not json", /^invalid JSON/],
    [JSON.stringify({ kind: "pairs", mentors: [{ id: "m", capacity: -2 }], mentees: [], edges: [] }), /capacity must be a non-negative integer/],
    [JSON.stringify({ kind: "pairs", mentors: [], mentees: [{ id: "e" }], edges: [{ mentor: "x", mentee: "e", score: 1 }] }), /unknown mentor id "x"/],
    [JSON.stringify({ kind: "groups", minSize: 3, maxSize: 2, participants: [] }), /empty group size range/],
  ])("exits 2 with one line on stderr and nothing on stdout for %s", (input, message) => {
    const { status, stdout, stderr } = runCli(input);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
