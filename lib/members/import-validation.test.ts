import { describe, expect, it } from "vitest";
import type { CsvMemberRow } from "./csv";
import { emailsInCycles, validateImportRows, type OrganizationMemberSnapshot } from "./import-validation";

let nextRow = 2;
function row(name: string, email: string, managerEmail = "", language = "", department = ""): CsvMemberRow {
  return { row: nextRow++, name, email, department, managerEmail, language };
}

const emptyOrganization: OrganizationMemberSnapshot = new Map();

function codesOf(rows: CsvMemberRow[], organization = emptyOrganization) {
  return validateImportRows(rows, organization, "nl").rows.map((r) => r.errors.map((e) => e.code));
}

describe("validateImportRows", () => {
  it("accepts a clean file and normalises addresses and languages", () => {
    const result = validateImportRows([row("Ann", " ANN@Example.nl ", "", "EN"), row("Bob", "bob@example.nl", "ann@example.nl")], emptyOrganization, "nl");
    expect(result.counts).toEqual({ total: 2, withErrors: 0, invite: 2, reinvite: 0, skip: 0 });
    expect(result.toWrite).toEqual([
      { name: "Ann", email: "ann@example.nl", department: null, managerEmail: null, language: "en" },
      { name: "Bob", email: "bob@example.nl", department: null, managerEmail: "ann@example.nl", language: "nl" },
    ]);
  });

  it("refuses a control character in any cell, where the admin sees the row (probe finding L2)", () => {
    expect(codesOf([row("Ann\u0000", "ann@example.nl"), row("Bob", "bob@example.nl", "", "", "IT\u0007"), row("Cas", "cas@example.nl")])).toEqual([
      ["invalidCharacters"],
      ["invalidCharacters"],
      [],
    ]);
  });

  it("flags names and departments that start like a formula, and keeps them as typed (probe finding L6)", () => {
    const result = validateImportRows([row('=HYPERLINK("http://evil.example","x")', "a@example.nl"), row("Bob", "b@example.nl", "", "", "@SUM(1)"), row("Cas", "c@example.nl")], emptyOrganization, "nl");
    expect(result.rows.map((r) => r.formulaLike)).toEqual([true, true, false]);
    expect(result.counts.withErrors).toBe(0);
    expect(result.toWrite.map((r) => [r.name, r.department])).toEqual([['=HYPERLINK("http://evil.example","x")', null], ["Bob", "@SUM(1)"], ["Cas", null]]);
  });

  it("reports a missing name, a bad address and a language other than nl or en", () => {
    expect(codesOf([row("", "a@example.nl"), row("Bob", "bob@@example"), row("Cas", "cas@example.nl", "", "de")])).toEqual([
      ["nameMissing"],
      ["emailInvalid"],
      ["languageInvalid"],
    ]);
  });

  it("reports a duplicate address (after normalising) and points at the first row", () => {
    const rows = [row("Ann", "ann@example.nl"), row("Ann again", "Ann@Example.NL")];
    const result = validateImportRows(rows, emptyOrganization, "nl");
    expect(result.rows[1].errors).toEqual([{ code: "emailDuplicate", firstRow: rows[0].row }]);
    expect(result.rows[0].errors).toEqual([]);
  });

  it("requires a manager to be in the file or among the organisation's current members", () => {
    const organization: OrganizationMemberSnapshot = new Map([
      ["boss@example.nl", { status: "active", managerEmail: null }],
      ["gone@example.nl", { status: "removed", managerEmail: null }],
    ]);
    expect(
      codesOf([row("A", "a@example.nl", "boss@example.nl"), row("B", "b@example.nl", "gone@example.nl"), row("C", "c@example.nl", "nobody@example.nl"), row("D", "d@example.nl", "not an address")], organization),
    ).toEqual([[], ["managerUnknown"], ["managerUnknown"], ["managerInvalid"]]);
  });

  it("refuses a person who is their own manager", () => {
    expect(codesOf([row("Ann", "ann@example.nl", "ANN@example.nl")])).toEqual([["managerSelf"]]);
  });

  it("finds a reporting-line cycle inside the file and marks every row on it (and a row reporting into it)", () => {
    const rows = [row("A", "a@x.nl", "b@x.nl"), row("B", "b@x.nl", "c@x.nl"), row("C", "c@x.nl", "a@x.nl"), row("D", "d@x.nl", "a@x.nl")];
    expect(codesOf(rows)).toEqual([["managerCycle"], ["managerCycle"], ["managerCycle"], ["managerRejected"]]);
  });

  it("finds a cycle through a member who is already in the organisation", () => {
    const organization: OrganizationMemberSnapshot = new Map([["boss@x.nl", { status: "active", managerEmail: "a@x.nl" }]]);
    expect(codesOf([row("A", "a@x.nl", "boss@x.nl")], organization)).toEqual([["managerCycle"]]);
  });

  it("skips active members and re-invites invited or removed ones, as notices rather than errors", () => {
    const organization: OrganizationMemberSnapshot = new Map([
      ["active@x.nl", { status: "active", managerEmail: null }],
      ["invited@x.nl", { status: "invited", managerEmail: null }],
      ["removed@x.nl", { status: "removed", managerEmail: null }],
    ]);
    const result = validateImportRows([row("A", "active@x.nl"), row("I", "invited@x.nl", "active@x.nl"), row("R", "removed@x.nl"), row("N", "new@x.nl")], organization, "en");
    expect(result.rows.map((r) => r.notice)).toEqual(["skipActive", "reinvite", "reinvite", null]);
    expect(result.counts).toEqual({ total: 4, withErrors: 0, invite: 1, reinvite: 2, skip: 1 });
    expect(result.toWrite.map((r) => r.email)).toEqual(["invited@x.nl", "removed@x.nl", "new@x.nl"]);
  });

  it("writes nothing when a single row has an error", () => {
    const result = validateImportRows([row("Ann", "ann@x.nl"), row("", "bob@x.nl")], emptyOrganization, "nl");
    expect(result.counts.withErrors).toBe(1);
    expect(result.toWrite).toEqual([]);
  });

  it("in mode 'valid', writes the rows without errors and leaves out the others", () => {
    const rows = [row("Ann", "ann@x.nl"), row("", "bob@x.nl"), row("Cas", "cas@x.nl", "ann@x.nl")];
    const result = validateImportRows(rows, emptyOrganization, "nl", "valid");
    expect(result.counts.withErrors).toBe(1);
    expect(result.toWrite.map((r) => r.email)).toEqual(["ann@x.nl", "cas@x.nl"]);
  });

  it("refuses a row whose manager is only in the file on a row with an error, down the reporting line", () => {
    const boss = row("", "boss@x.nl");
    const middle = row("Mid", "mid@x.nl", "boss@x.nl");
    const rows = [boss, middle, row("Low", "low@x.nl", "mid@x.nl"), row("Other", "other@x.nl", "member@x.nl")];
    const organization: OrganizationMemberSnapshot = new Map([["member@x.nl", { status: "active", managerEmail: null }]]);
    const result = validateImportRows(rows, organization, "nl", "valid");
    expect(result.rows.map((r) => r.errors)).toEqual([[{ code: "nameMissing" }], [{ code: "managerRejected", firstRow: boss.row }], [{ code: "managerRejected", firstRow: middle.row }], []]);
    expect(result.toWrite.map((r) => r.email)).toEqual(["other@x.nl"]);
  });

  it("accepts a 10,000-person reporting tree", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(`P ${i}`, `p${i}@x.nl`, i === 0 ? "" : `p${Math.floor((i - 1) / 10)}@x.nl`));
    const result = validateImportRows(rows, emptyOrganization, "nl");
    expect(result.counts.withErrors).toBe(0);
    expect(result.toWrite).toHaveLength(10_000);
  });
});

describe("emailsInCycles", () => {
  it("separates a cycle from the chains that lead into it", () => {
    const managers: Record<string, string | null> = { a: "b", b: "a", c: "a", d: null, e: "e" };
    expect(emailsInCycles(Object.keys(managers), (e) => managers[e] ?? null)).toEqual(new Set(["a", "b"]));
  });
});
