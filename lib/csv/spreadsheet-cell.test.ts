import { describe, expect, it } from "vitest";
import { csvCell, looksLikeFormula } from "./spreadsheet-cell";

describe("csvCell", () => {
  it("quotes separators (Excel's ; too), quotes and line breaks", () => {
    expect(csvCell("Sales, North")).toBe('"Sales, North"');
    expect(csvCell("Sales; North")).toBe('"Sales; North"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(12)).toBe("12");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });

  it("keeps text that looks like a formula as text (probe finding L6)", () => {
    for (const evil of ['=HYPERLINK("http://evil.example","x")', "+1", "-1+2", "@SUM(1)", "\tcmd", "\r=1"]) {
      expect(looksLikeFormula(evil)).toBe(true);
      expect(csvCell(evil).replace(/^"/, "").startsWith("'")).toBe(true);
    }
    for (const plain of ["Finance", "Anne-Marie", "o'Brien", "1 = 1"]) {
      expect(looksLikeFormula(plain)).toBe(false);
      expect(csvCell(plain)).toBe(plain);
    }
  });
});
