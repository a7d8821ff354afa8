import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./config";

describe("localeFromAcceptLanguage", () => {
  it("takes the first supported language by weight", () => {
    expect(localeFromAcceptLanguage("fr-BE,nl-BE;q=0.8,en;q=0.5")).toBe("nl");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,nl;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("nl;q=0.2,en;q=0.9")).toBe("en");
  });
  it("returns null when nothing is supported", () => {
    expect(localeFromAcceptLanguage("de,fr")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
    expect(localeFromAcceptLanguage("nl;q=0")).toBeNull();
  });
});
