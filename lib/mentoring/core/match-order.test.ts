import { describe, expect, it } from "vitest";
import { orderMatches } from "./match-order";

const at = new Date("2027-03-20T12:00:00Z");
const daysAgo = (days: number) => new Date(at.getTime() - days * 86_400_000);

describe("orderMatches", () => {
  it("puts requests and the current pair before ended and declined matches, newest first", () => {
    const stored = [
      { id: "old-ended", status: "ended", settledAt: daysAgo(200) },
      { id: "declined", status: "declined", settledAt: daysAgo(30) },
      { id: "current-pair", status: "accepted", settledAt: null },
      { id: "expired", status: "expired", settledAt: daysAgo(20) },
      { id: "new-request", status: "requested", settledAt: null },
    ];
    const { current, past } = orderMatches(stored, at);
    expect(current.map((m) => m.id)).toEqual(["new-request", "current-pair"]);
    expect(past.map((m) => m.id)).toEqual(["expired", "declined", "old-ended"]);
  });

  it("keeps a request declined this week in view, after the current ones; an ended pair goes to the past at once", () => {
    const stored = [
      { id: "pair", status: "accepted", settledAt: null },
      { id: "just-declined", status: "declined", settledAt: daysAgo(0.01) },
      { id: "just-ended", status: "ended", settledAt: daysAgo(0.01) },
    ];
    const { current, past } = orderMatches(stored, at);
    expect(current.map((m) => m.id)).toEqual(["pair", "just-declined"]);
    expect(past.map((m) => m.id)).toEqual(["just-ended"]);
  });

  it("has an empty past for someone whose only pair is current", () => {
    expect(orderMatches([{ status: "accepted" }], at)).toEqual({ current: [{ status: "accepted" }], past: [] });
  });
});
