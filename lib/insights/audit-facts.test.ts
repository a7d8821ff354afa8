import { describe, expect, it } from "vitest";
import { auditFacts } from "./audit-facts";

describe("auditFacts", () => {
  it("reads an import's counts, leaving out the zero ones", () => {
    expect(auditFacts("members.importStarted", { rows: 48, skipped: 0, rejected: 2, mode: "valid", fileName: "people.csv" })).toEqual([
      { key: "importRows", values: { count: 48 } },
      { key: "importRejected", values: { count: 2 } },
    ]);
  });

  it("shows a role change and a publication's counts", () => {
    expect(auditFacts("member.roleChanged", { from: "member", to: "admin" })).toEqual([{ key: "roleChanged", values: { from: "member", to: "admin" } }]);
    expect(auditFacts("codevGroups.published", { groups: 3, participants: 17 })).toEqual([{ key: "groupsPublished", values: { groups: 3, participants: 17 } }]);
    expect(auditFacts("programme.groupSizeChanged", { min: 3, max: 6 })).toEqual([{ key: "groupSize", values: { min: 3, max: 6 } }]);
  });

  it("shows nothing it does not know: other keys, other actions, malformed data", () => {
    expect(auditFacts("programme.created", { secret: "text" })).toEqual([]);
    expect(auditFacts("member.roleChanged", { from: "member", to: "<script>" })).toEqual([]);
    expect(auditFacts("members.importStarted", { rows: "many" })).toEqual([]);
    expect(auditFacts("insights.exported", { from: "2026-01-01", to: "2026-06-30" })).toEqual([]);
  });
});
