import { describe, expect, it } from "vitest";
import { normalizeEmail } from "./email-address";

describe("normalizeEmail (SECURITY.md rule 6)", () => {
  it("lower-cases and trims a plain address", () => {
    expect(normalizeEmail("  Sanne.Jansen@Gemeente.NL ")).toBe("sanne.jansen@gemeente.nl");
  });
  it.each([
    "a@b@c.nl",
    "a,b@c.nl",
    '"a"@c.nl',
    "a b@c.nl",
    "<a@c.nl>",
    "a@c",
    "@c.nl",
    "a@",
    "a@-c.nl",
    "a..b@c.nl",
    "victim@c.nl,attacker@evil.nl",
    "a\uFF20c.nl@evil.nl",
    "",
  ])("refuses %s", (input) => {
    expect(normalizeEmail(input)).toBeNull();
  });
  it("refuses what is not a string", () => {
    expect(normalizeEmail(undefined)).toBeNull();
    expect(normalizeEmail(42)).toBeNull();
  });
});
