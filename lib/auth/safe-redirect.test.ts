import { describe, expect, it } from "vitest";
import fc from "fast-check";
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

describe("redirect targets after normalisation (probe finding M1)", () => {
  const base = "https://kring.example";
  it.each(["/..//evil.example", "/.//evil.example", "/a/..//evil.example", "/%2e%2e//evil.example", "/%2E%2E//evil.example", "/a/%2e%2e//evil.example", "/.%2e//evil.example", "/..//evil.example/path?x=1"])(
    "refuses %j, which resolves to another host",
    (path) => {
      expect(safeNextPath(path)).toBe("/");
      expect(safeRedirect(path, base)).toBe(base);
      expect(safeRedirect(`${base}${path}`, base)).toBe(base);
    },
  );

  it("keeps harmless dot segments resolved", () => {
    expect(safeNextPath("/a/../profile")).toBe("/profile");
    expect(safeNextPath("/./programmes?x=1")).toBe("/programmes?x=1");
  });

  // Any string built from the pieces attackers combine: whatever comes back stays on our origin.
  const piece = fc.constantFrom("/", "//", ".", "..", "%2e", "%2E", "%2f", "%2F", "%5c", "\\", "evil.example", "a", "?", "#", "@", ":", "%09", "\t", " ", "%00", "http:", "javascript:");
  it("never returns a path that leaves the origin (property)", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), (pieces) => {
        const input = pieces.join("");
        const path = safeNextPath(input);
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//")).toBe(false);
        // A browser resolves the Location header against our page: it must stay on our origin, as itself.
        const resolved = new URL(path, `${base}/deep/page`);
        expect(resolved.origin).toBe(base);
        expect(`${resolved.pathname}${resolved.search}${resolved.hash}`).toBe(path);
        const absolute = safeRedirect(input, base);
        expect(new URL(absolute).origin).toBe(base);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
