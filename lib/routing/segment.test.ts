import { describe, expect, it } from "vitest";
import { decodeSegment, tokenSegment, uuidParams, uuidSegment, uuidSegmentOrNotFound } from "./segment";

// A dynamic segment is whatever someone typed into the address bar. Every malformed one must end as the
// not-found page, never as a query that PostgreSQL refuses ("invalid input syntax for type uuid").

const ID = "2f6245f6-cde0-482d-a097-781f45a6c5d6";
/** notFound() throws Next's 404 signal; its digest says which. */
const isNotFound = (error: unknown) => (error as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404";

describe("decodeSegment", () => {
  it("returns plain text as it is, decodes what is left encoded, and gives null for undecodable escapes", () => {
    expect(decodeSegment(ID)).toBe(ID);
    expect(decodeSegment("a%20b")).toBe("a b");
    expect(decodeSegment("%ff%fe")).toBeNull();
    expect(decodeSegment("%zz")).toBeNull();
    expect(decodeSegment(undefined)).toBeNull();
    expect(decodeSegment(["a", "b"])).toBeNull();
  });
});

describe("uuidSegment", () => {
  it("accepts a uuid (lower-cased) and nothing else", () => {
    expect(uuidSegment(ID)).toBe(ID);
    expect(uuidSegment(ID.toUpperCase())).toBe(ID);
    for (const bad of ["abc", "-".repeat(36), "%ff%fe", `${ID}%00`, `${ID} `, "", "00000000-0000-0000-0000-00000000000g"]) expect(uuidSegment(bad), bad).toBeNull();
  });

  it("throws the not-found page for pages", async () => {
    expect(uuidSegmentOrNotFound(ID)).toBe(ID);
    for (const bad of ["-".repeat(36), "%ff%fe", "abc"]) expect(() => uuidSegmentOrNotFound(bad), bad).toThrow(expect.objectContaining({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }));
    await expect(uuidParams(Promise.resolve({ id: ID, sessionId: ID.toUpperCase() }))).resolves.toEqual({ id: ID, sessionId: ID });
    await expect(uuidParams(Promise.resolve({ id: ID, sessionId: "abc" }))).rejects.toSatisfy(isNotFound);
  });
});

describe("tokenSegment", () => {
  it("keeps a token of the expected shape only", () => {
    const shape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
    const token = "a".repeat(43);
    expect(tokenSegment(token, shape)).toBe(token);
    expect(tokenSegment("%ff%fe", shape)).toBeNull();
    expect(tokenSegment(`${token}%00`, shape)).toBeNull();
  });
});
