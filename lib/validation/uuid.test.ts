import { describe, expect, it } from "vitest";
import { methodKeySchema } from "@/lib/codevelopment/programme-schemas";
import { isUuid } from "./uuid";

// A near-uuid that a loose /^[0-9a-f-]{36}$/ let through reached PostgreSQL as "invalid input syntax for
// type uuid", an "unexpected" error for the person.

describe("isUuid", () => {
  it("accepts our ids and refuses near-misses", () => {
    expect(isUuid("2f6245f6-cde0-482d-a097-781f45a6c5d6")).toBe(true);
    for (const bad of ["-".repeat(36), "2f6245f6cde0482da097781f45a6c5d6", "2f6245f6-cde0-482d-a097-781f45a6c5dg", " 2f6245f6-cde0-482d-a097-781f45a6c5d6", 42, null]) expect(isUuid(bad), String(bad)).toBe(false);
  });

  it("guards the method key of a co-development programme", () => {
    expect(methodKeySchema.safeParse("codevelopment").success).toBe(true);
    expect(methodKeySchema.safeParse("custom:2f6245f6-cde0-482d-a097-781f45a6c5d6").success).toBe(true);
    expect(methodKeySchema.safeParse(`custom:${"-".repeat(36)}`).success).toBe(false);
    expect(methodKeySchema.safeParse("custom:\u0000").success).toBe(false);
  });
});
