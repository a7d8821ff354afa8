import { describe, expect, it } from "vitest";
import { orderMatches } from "./match-order";

describe("orderMatches", () => {
  it("puts requests and the current pair before ended and declined matches, newest first", () => {
    const stored = [
      { id: "old-ended", status: "ended" },
      { id: "declined", status: "declined" },
      { id: "current-pair", status: "accepted" },
      { id: "expired", status: "expired" },
      { id: "new-request", status: "requested" },
    ];
    const { current, past } = orderMatches(stored);
    expect(current.map((m) => m.id)).toEqual(["new-request", "current-pair"]);
    expect(past.map((m) => m.id)).toEqual(["expired", "declined", "old-ended"]);
  });

  it("has an empty past for someone whose only pair is current", () => {
    expect(orderMatches([{ status: "accepted" }])).toEqual({ current: [{ status: "accepted" }], past: [] });
  });
});
