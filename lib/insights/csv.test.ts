import { describe, expect, it } from "vitest";
import { csvCell } from "./csv";

describe("csvCell", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("Sales, North")).toBe('"Sales, North"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
  });

  it("keeps a department that looks like a formula as text", () => {
    for (const evil of ["=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)"]) expect(csvCell(evil).replace(/^"/, "").startsWith("'")).toBe(true);
  });
});
