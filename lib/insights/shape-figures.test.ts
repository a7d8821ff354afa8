import { describe, expect, it } from "vitest";
import type { InsightsFilters } from "./filters";
import type { RawFigures } from "./read-figures";
import { shapeFigures } from "./shape-figures";

const filters: InsightsFilters = { programmeId: null, department: null, from: "2027-01-01", to: "2027-02-28" };

/** Every cell of every breakdown about exactly `p` people (and a big department beside the ladder's small one). */
function raw(p: number): RawFigures {
  return {
    funnel: { invited: p, signedUp: p, matched: p, accepted: p, firstSession: p, active: p },
    medianDays: 12,
    medianPeople: p,
    months: [
      { month: "2027-01", planned: 3, held: 2, people: p },
      { month: "2027-02", planned: 1, held: 1, people: p },
    ],
    attendance: { attended: 8, total: 10, people: p },
    cases: { count: 3, people: p },
    actions: { total: 6, done: 4, people: p },
    feedback: { mean: 4.2, responses: 9, people: p },
    acceptance: { accepted: 7, answered: 9, people: p },
    declines: [
      { reason: "noTime", count: 6, people: p },
      { reason: "other", count: 2, people: p },
    ],
    declineMentors: [
      { reasons: ["noTime"], people: p },
      { reasons: ["other"], people: p },
    ],
    ladder: [
      { department: "Big", level: 1, people: 20 },
      { department: "Big", level: 2, people: p },
      { department: "Big", level: 3, people: 30 },
      { department: "Big", level: 4, people: 40 },
      { department: "Small", level: 2, people: p },
    ],
  };
}

describe("the threshold of five on every breakdown of the page", () => {
  const four = shapeFigures(raw(4), filters);
  const five = shapeFigures(raw(5), filters);

  it("the funnel's steps", () => {
    expect(four.funnel.every((s) => s.hidden && s.value === null)).toBe(true);
    expect(five.funnel.every((s) => !s.hidden && s.value === 5)).toBe(true);
  });

  it("the months", () => {
    expect(four.months).toEqual([
      { month: "2027-01", planned: null, held: null, hidden: true },
      { month: "2027-02", planned: null, held: null, hidden: true },
    ]);
    expect(five.months).toEqual([
      { month: "2027-01", planned: 3, held: 2, hidden: false },
      { month: "2027-02", planned: 1, held: 1, hidden: false },
    ]);
  });

  it("each single figure", () => {
    const singles = (f: typeof four) => [f.attendanceRate, f.casesPresented, f.actions.completed, f.actions.total, f.feedback.mean, f.feedback.responses, f.acceptance.rate, f.acceptance.answered, f.medianDaysToFirstSession];
    expect(singles(four).every((x) => x.hidden && x.value === null)).toBe(true);
    expect(singles(five).map((x) => x.value)).toEqual([0.8, 3, 4, 6, 4.2, 9, 7 / 9, 9, 12]);
  });

  it("the decline reasons: four people per reason are merged, and eight together are shown as 'other'", () => {
    const nonZero = (f: typeof four) => f.declineReasons.filter((d) => d.value !== 0);
    expect(nonZero(four)).toEqual([{ reason: "other", value: 8, hidden: false, merged: ["noTime"] }]);
    expect(five.declineReasons.find((d) => d.reason === "noTime")).toEqual({ reason: "noTime", value: 6, hidden: false, merged: [] });
    // One mentor behind both reasons: the merged cell is about four people, not eight.
    const shared = shapeFigures({ ...raw(4), declineMentors: [{ reasons: ["noTime", "other"], people: 4 }] }, filters);
    expect(nonZero(shared)).toEqual([{ reason: "other", value: null, hidden: true, merged: ["noTime"] }]);
  });

  it("the ladder: a level of four is hidden, a department of four is merged (and hidden while alone)", () => {
    const big = four.ladder.find((r) => r.department === "Big")!;
    // Level 2 hidden; with one hidden cell the smallest shown one goes too, so the total cannot give it away.
    expect(big.levels).toEqual({ signedUp: null, takesPart: null, contributes: 30, leads: 40 });
    expect(four.ladder.find((r) => r.department === "other")).toEqual({ department: "other", levels: null, hidden: true, merged: ["Small"] });
    expect(five.ladder.find((r) => r.department === "Small")?.levels).toEqual({ signedUp: 0, takesPart: 5, contributes: 0, leads: 0 });
    expect(five.ladder.find((r) => r.department === "Big")?.levels).toEqual({ signedUp: 20, takesPart: 5, contributes: 30, leads: 40 });
  });

  it("zero is shown: it is about nobody", () => {
    const zero = shapeFigures(raw(0), filters);
    expect(zero.funnel.every((s) => s.value === 0 && !s.hidden)).toBe(true);
    expect(zero.attendanceRate).toEqual({ value: 0.8, hidden: false });
  });
});
