import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CONTROL_CHARACTERS, controlCharacterFieldErrors, hasControlCharacters, multiLineText, noControlCharacters, singleLineText } from "./text";

// PostgreSQL refuses NUL in text and jsonb; every other C0 (and DEL, C1) is refused as well, because no
// person types them. Tab and line feed belong to multi-line text.

const messagesOf = (result: { error?: z.ZodError }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("hasControlCharacters", () => {
  it("finds NUL and the other control characters, and lets ordinary text through", () => {
    for (const bad of ["a\u0000b", "\u0007", "esc\u001b[0m", "del\u007f", "c1\u0085"]) expect(hasControlCharacters(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ["Ada Lovelace", "Zoë van 't Hof – café", "emoji 🙂", ""]) expect(hasControlCharacters(good), good).toBe(false);
  });

  it("allows tab and line breaks in multi-line text only", () => {
    expect(hasControlCharacters("a\tb\nc\r\nd", { multiline: true })).toBe(false);
    expect(hasControlCharacters("a\tb")).toBe(true);
    expect(hasControlCharacters("a\u0000b", { multiline: true })).toBe(true);
  });
});

describe("singleLineText", () => {
  const name = singleLineText().min(1, "errors.required").max(10, "errors.tooLong");

  it("trims, and refuses control characters with the field message, before any other check", () => {
    expect(name.parse("  Ada  ")).toBe("Ada");
    expect(messagesOf(name.safeParse("Ada\u0000"))).toEqual([CONTROL_CHARACTERS]);
    expect(messagesOf(name.safeParse("A\tda"))[0]).toBe(CONTROL_CHARACTERS);
    expect(messagesOf(name.safeParse("\u0000".repeat(20)))[0]).toBe(CONTROL_CHARACTERS);
    expect(messagesOf(name.safeParse("   "))).toEqual(["errors.required"]);
  });
});

describe("multiLineText", () => {
  const bio = multiLineText().max(5, "errors.tooLong");

  it("counts a CRLF (or a lone CR) as one line feed and keeps tabs", () => {
    expect(bio.parse(" a\r\nb\rc ")).toBe("a\nb\nc");
    expect(bio.parse("a\tb")).toBe("a\tb");
    expect(bio.safeParse("a\r\nb\r\nc").success).toBe(true);
  });

  it("refuses NUL and the other control characters", () => {
    expect(messagesOf(bio.safeParse("a\u0000"))).toEqual([CONTROL_CHARACTERS]);
    expect(messagesOf(bio.safeParse("\u0008"))).toEqual([CONTROL_CHARACTERS]);
  });
});

describe("noControlCharacters", () => {
  it("adds the check to a format such as a URL, whose parser would keep the NUL", () => {
    const url = z.url().check(noControlCharacters());
    expect(messagesOf(url.safeParse("https://example.org/\u0000"))).toContain(CONTROL_CHARACTERS);
    expect(url.safeParse("https://example.org/a").success).toBe(true);
  });
});

describe("controlCharacterFieldErrors (authorizedAction's net)", () => {
  it("names every field that holds one, array values and crafted field names included", () => {
    expect(controlCharacterFieldErrors({ name: "Ada", bio: "line\nline\ttab" })).toBeNull();
    expect(controlCharacterFieldErrors({ name: "Ada\u0000", topics: ["a", "b\u0000"], ok: "fine", file: new Blob(["\u0000"]) })).toEqual({ name: "controlCharacters", topics: "controlCharacters" });
    expect(controlCharacterFieldErrors({ "na\u0000me": "Ada" })).toEqual({ _form: "controlCharacters" });
  });
});
