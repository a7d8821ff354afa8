import { describe, expect, it } from "vitest";
import { buildEngineInput, type EnrolmentRow, type ProfileRow } from "./engine-input";
import { proposePairs } from "./propose";
import { defaultCriteria, readMentoringSettings } from "./criteria";

const profile = (id: string, overrides: Partial<ProfileRow> = {}): ProfileRow => ({
  id, department: "Finance", managerMembershipId: null, seniority: 3, languages: ["nl"], timeZone: "Europe/Amsterdam", topics: ["coaching"], availability: ["mon-09"], ...overrides,
});
const enrol = (id: string, membershipId: string, role: "mentor" | "mentee", answers: Record<string, unknown> = {}, capacity: number | null = null): EnrolmentRow => ({ id, membershipId, role, answers, capacity });
const settings = readMentoringSettings({ defaultCapacity: 3 });
const at = new Date("2027-01-15T12:00:00Z");

function solve(input: ReturnType<typeof buildEngineInput>) {
  const proposal = proposePairs(input, settings.criteria, []);
  return { pairs: proposal.pairs.map((p) => ({ mentor: p.mentorId, mentee: p.menteeId })), unmatched: proposal.unmatched.map((u) => u.menteeId) };
}

describe("buildEngineInput", () => {
  it("maps profiles, time zones and capacity (own or the programme default)", () => {
    const input = buildEngineInput({
      enrolments: [enrol("e1", "boss", "mentor", {}, 1), enrol("e2", "lon", "mentor"), enrol("e3", "ann", "mentee", { topics: ["finance"] })],
      profiles: [profile("boss", { seniority: 6 }), profile("lon", { timeZone: "Europe/London" }), profile("ann")],
      settings, earlierPairs: [], at, defaultTimeZone: "Europe/Amsterdam",
    });
    expect(input.mentors.map((m) => [m.person.id, m.capacity, m.person.utcOffsetHours, m.person.level])).toEqual([["boss", 1, 1, 6], ["lon", 3, 0, 3]]);
    expect(input.mentees[0].topics).toEqual(["finance"]);
    expect(input.mentorEnrolmentOf.get("boss")).toBe("e1");
    expect(input.menteeEnrolmentOf.get("ann")).toBe("e3");
    expect(settings.criteria).toEqual(defaultCriteria);
    expect(settings.responseDays).toBe(5);
  });

  it("never pairs a mentee with their manager, their manager's manager, someone avoided or an earlier mentor", () => {
    const input = buildEngineInput({
      enrolments: [
        enrol("m-boss", "boss", "mentor"), enrol("m-top", "top", "mentor"), enrol("m-avoid", "avoid", "mentor"), enrol("m-old", "old", "mentor"),
        enrol("m-paused", "paused", "mentor", { paused: true }), enrol("m-ok", "ok", "mentor"),
        enrol("x", "ann", "mentee", { avoid: ["avoid"] }),
      ],
      profiles: [
        profile("top"), profile("boss", { managerMembershipId: "top" }), profile("avoid"), profile("old"), profile("paused"), profile("ok", { languages: ["en", "nl"] }),
        profile("ann", { managerMembershipId: "boss" }),
      ],
      settings, earlierPairs: [{ mentorEnrolmentId: "m-old", menteeEnrolmentId: "x" }], at, defaultTimeZone: "Europe/Amsterdam",
    });
    expect(input.mentors.map((m) => m.person.id)).not.toContain("paused");
    const solution = solve(input);
    expect(solution.pairs.map((p) => [p.mentor, p.mentee])).toEqual([["ok", "ann"]]);
  });

  it("leaves a mentee unmatched without a shared language", () => {
    const input = buildEngineInput({
      enrolments: [enrol("a", "a", "mentor"), enrol("b", "b", "mentee")],
      profiles: [profile("a", { languages: ["en"] }), profile("b", { languages: ["nl"] })],
      settings, earlierPairs: [], at, defaultTimeZone: "Europe/Amsterdam",
    });
    expect(solve(input).unmatched).toEqual(["b"]);
  });
});
