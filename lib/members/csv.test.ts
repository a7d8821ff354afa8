import { describe, expect, it } from "vitest";
import { parseMembersCsv } from "./csv";

describe("parseMembersCsv", () => {
  it("reads a semicolon file as Dutch Excel saves it, with a BOM and padded cells", () => {
    const result = parseMembersCsv("\uFEFFname;email;department;manager_email;language\r\n  Jan de Vries ; JAN@Example.nl ;HR; ;NL\r\n");
    expect(result).toEqual({
      ok: true,
      delimiter: ";",
      rows: [{ row: 2, name: "Jan de Vries", email: "JAN@Example.nl", department: "HR", managerEmail: "", language: "NL" }],
    });
  });

  it("reads a comma file and keeps quoted commas inside a cell", () => {
    const result = parseMembersCsv('name,email,department\n"Vries, Jan de",jan@example.nl,"Sales, North"\n');
    expect(result.ok && result.rows[0]).toMatchObject({ name: "Vries, Jan de", department: "Sales, North", language: "" });
  });

  it("decides the separator from the header, whatever the cells contain", () => {
    const result = parseMembersCsv("name;email\nJan, de Vries;jan@example.nl\n");
    expect(result.ok && result.delimiter).toBe(";");
    expect(result.ok && result.rows[0].name).toBe("Jan, de Vries");
  });

  it("accepts Dutch header names in any case and any column order", () => {
    const result = parseMembersCsv("Taal;E-mail;Naam;Afdeling\nen;a@example.nl;Ann;IT\n");
    expect(result.ok && result.rows[0]).toMatchObject({ name: "Ann", email: "a@example.nl", department: "IT", language: "en" });
  });

  it("skips empty lines but keeps spreadsheet row numbers", () => {
    const result = parseMembersCsv("name,email\n\nAnn,a@example.nl\n , \nBob,b@example.nl\n");
    expect(result.ok && result.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it("refuses a file without a header row naming name and email", () => {
    expect(parseMembersCsv("Ann,a@example.nl\n")).toEqual({ ok: false, error: { code: "missingColumns", columns: ["name", "email"] } });
    expect(parseMembersCsv("name,department\nAnn,IT\n")).toEqual({ ok: false, error: { code: "missingColumns", columns: ["email"] } });
  });

  it("refuses an empty file and a header without rows", () => {
    expect(parseMembersCsv("\uFEFF \n")).toEqual({ ok: false, error: { code: "empty" } });
    expect(parseMembersCsv("name,email\n")).toEqual({ ok: false, error: { code: "empty" } });
  });

  it("refuses a file with an unclosed quote", () => {
    const result = parseMembersCsv('name,email\n"Ann,a@example.nl\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("unreadable");
  });
});
