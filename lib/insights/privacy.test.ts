import { describe, expect, it } from "vitest";
import { MIN_PEOPLE, protectBreakdown, protectFigure } from "./privacy";

const cell = (key: string, people: number, value = people) => ({ key, people, values: { value } });

describe("the threshold of five people", () => {
  it("is five", () => expect(MIN_PEOPLE).toBe(5));

  it("hides a figure about 4 people and shows one about 5, and one about nobody", () => {
    expect(protectFigure(0.8, 4)).toEqual({ value: null, hidden: true });
    expect(protectFigure(0.8, 5)).toEqual({ value: 0.8, hidden: false });
    expect(protectFigure(0, 0)).toEqual({ value: 0, hidden: false });
    expect(protectFigure(null, 3)).toEqual({ value: null, hidden: false });
  });

  it("hide mode blanks cells of 1 to 4 people where they stand", () => {
    const out = protectBreakdown([cell("a", 4), cell("b", 5), cell("c", 0), cell("d", 1)], { mode: "hide", complementary: false });
    expect(out.map((c) => [c.key, c.values?.value ?? null, c.hidden])).toEqual([
      ["a", null, true],
      ["b", 5, false],
      ["c", 0, false],
      ["d", null, true],
    ]);
    expect(out.find((c) => c.key === "a")?.people).toBeNull();
  });

  it("hides a second cell when only one would be hidden, so that a total cannot give it away", () => {
    const out = protectBreakdown([cell("a", 3), cell("b", 9), cell("c", 6), cell("d", 0)], { mode: "hide" });
    expect(out.map((c) => c.hidden)).toEqual([true, false, true, false]);
  });

  it("merge mode adds the small cells up into 'other', shown once it reaches five", () => {
    const out = protectBreakdown([cell("a", 3), cell("b", 2), cell("c", 7)], { mode: "merge" });
    expect(out).toEqual([
      { key: "c", people: 7, values: { value: 7 }, hidden: false, mergedKeys: [] },
      { key: "other", people: 5, values: { value: 5 }, hidden: false, mergedKeys: ["a", "b"] },
    ]);
  });

  it("merge mode hides an 'other' of 4 (and, alone hidden, the smallest shown cell with it)", () => {
    const out = protectBreakdown([cell("a", 3), cell("b", 1), cell("c", 7), cell("d", 12)], { mode: "merge" });
    expect(out.map((c) => [c.key, c.hidden])).toEqual([
      ["c", true],
      ["d", false],
      ["other", true],
    ]);
  });

  it("merges into an existing 'other' cell and counts shared people once when told how", () => {
    const peopleOf = (keys: string[]) => (keys.includes("other") && keys.includes("a") ? 4 : 3);
    const out = protectBreakdown([cell("a", 2), cell("other", 3), cell("b", 6)], { mode: "merge", peopleOf });
    // 2 + 3 cells, but only 4 distinct people: still under five.
    expect(out.find((c) => c.key === "other")).toMatchObject({ hidden: true, values: null, mergedKeys: ["a"] });
  });

  it("keeps every figure of a cell together", () => {
    const [shown] = protectBreakdown([{ key: "2026-01", people: 5, values: { planned: 3, held: 2 } }], { mode: "hide", complementary: false });
    expect(shown.values).toEqual({ planned: 3, held: 2 });
  });
});
