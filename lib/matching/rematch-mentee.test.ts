import { describe, expect, it } from "vitest";
import { rematchMentee } from "./rematch-mentee";

describe("rematchMentee", () => {
  const mentors = [
    { id: "m1", capacity: 1 },
    { id: "m2", capacity: 2 },
    { id: "m3", capacity: 1 },
  ];
  const edges = [
    { mentor: "m1", mentee: "e", score: 0.9 },
    { mentor: "m2", mentee: "e", score: 0.7 },
    { mentor: "m3", mentee: "e", score: 0.7 },
    { mentor: "m1", mentee: "x", score: 0.95 },
  ];

  it("proposes the best mentor that has room and did not decline, without moving other pairs", () => {
    const result = rematchMentee({ menteeId: "e", mentors, edges, currentPairs: [{ mentor: "m1", mentee: "x" }], declinedBy: [] });
    expect(result).toEqual({ ok: true, mentor: "m2", score: 0.7 });
  });

  it("skips mentors who declined and breaks ties by mentor order", () => {
    expect(rematchMentee({ menteeId: "e", mentors, edges, currentPairs: [], declinedBy: ["m1"] })).toEqual({ ok: true, mentor: "m2", score: 0.7 });
    expect(rematchMentee({ menteeId: "e", mentors, edges, currentPairs: [], declinedBy: ["m1", "m2"] })).toEqual({ ok: true, mentor: "m3", score: 0.7 });
  });

  it("says why nobody is available", () => {
    expect(rematchMentee({ menteeId: "e", mentors, edges, currentPairs: [], declinedBy: ["m1", "m2", "m3"] })).toEqual({ ok: false, reason: "allDeclined" });
    const full = [{ mentor: "m2", mentee: "a" }, { mentor: "m2", mentee: "b" }, { mentor: "m3", mentee: "c" }];
    expect(rematchMentee({ menteeId: "e", mentors, edges, currentPairs: full, declinedBy: ["m1"] })).toEqual({ ok: false, reason: "mentorsFull" });
    expect(rematchMentee({ menteeId: "nobody", mentors, edges, currentPairs: [], declinedBy: [] })).toEqual({ ok: false, reason: "noAllowedMentor" });
  });
});
