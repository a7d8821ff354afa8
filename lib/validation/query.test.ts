import { describe, expect, it } from "vitest";
import { z } from "zod";
import { monthsOf, parseInsightsFilters } from "@/lib/insights/filters";
import { queryDate, queryPage, queryText, queryUuid } from "./query";

// A bad query value is ignored (the page renders with its default), never a 500.

const schema = z.object({ q: queryText(20), from: queryDate(), page: queryPage(100), programme: queryUuid() });

describe("query values", () => {
  it("keeps good values, the first of repeated ones", () => {
    expect(schema.parse({ q: " Ada ", from: "2027-03-01", page: "3", programme: "2f6245f6-cde0-482d-a097-781f45a6c5d6" })).toEqual({ q: "Ada", from: "2027-03-01", page: 3, programme: "2f6245f6-cde0-482d-a097-781f45a6c5d6" });
    expect(schema.parse({ q: ["first", "second"] }).q).toBe("first");
  });

  it("treats a NUL byte, a far date, a bad page or a bad id as absent", () => {
    expect(schema.parse({ q: "\u0000", from: "9999-12-31", page: "\u0000", programme: "abc" })).toEqual({ q: undefined, from: undefined, page: undefined, programme: undefined });
    expect(schema.parse({ q: "x".repeat(21), from: "0000-01-01", page: "0" })).toEqual({ q: undefined, from: undefined, page: undefined, programme: undefined });
    expect(schema.parse({ from: "2027-02-30" }).from).toBeUndefined();
  });
});

describe("the insights filters (the page and its CSV export)", () => {
  it("ignore a period that ends in year 9999 instead of failing on year 10000", () => {
    const filters = parseInsightsFilters({ to: "9999-12-31" }, "2027-06-15");
    expect(filters).toMatchObject({ from: "2026-07-01", to: "2027-06-15" });
    expect(monthsOf(filters)).toHaveLength(12);
    expect(parseInsightsFilters({ from: "0000-01-01", to: "2100-12-31" }, "2027-06-15").to).toBe("2100-12-31");
    expect(monthsOf(parseInsightsFilters({ to: "2100-12-31" }, "2027-06-15"))).toHaveLength(12);
  });

  it("ignore a department with a NUL byte", () => {
    expect(parseInsightsFilters({ department: "Fin\u0000ance" }, "2027-06-15").department).toBeNull();
  });
});
