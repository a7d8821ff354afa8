import { describe, expect, it } from "vitest";
import { safeNextPath, safeRedirect } from "./safe-redirect";

describe("redirect targets (SECURITY.md rule 9)", () => {
  const base = "https://kring.example";
  it("keeps relative paths and same-origin URLs", () => {
    expect(safeRedirect("/dashboard", base)).toBe("https://kring.example/dashboard");
    expect(safeRedirect("https://kring.example/profile", base)).toBe("https://kring.example/profile");
  });
  it("sends everything else home", () => {
    for (const url of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
      expect(safeRedirect(url, base)).toBe(base);
    }
    expect(safeNextPath("//evil.example")).toBe("/");
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath("/programmes")).toBe("/programmes");
    expect(safeNextPath("/profile?tab=2#bio")).toBe("/profile?tab=2#bio");
  });
  it.each(["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\\evil.example", "/ /evil.example", "/\u0000/evil.example"])(
    "refuses %j, which a browser would read as another site",
    (path) => {
      expect(safeNextPath(path)).toBe("/");
      expect(safeRedirect(path, "https://kring.example")).toBe("https://kring.example");
    },
  );
  it("keeps the base for a plain slash", () => {
    expect(safeRedirect("/", "https://kring.example")).toBe("https://kring.example/");
  });
});
