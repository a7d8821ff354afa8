import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translate";
import { scorePair, type ScoreFactor } from "@/lib/matching";
import { commonStarts, commonTimeWindow } from "@/lib/scheduling/time/common-time";
import { readMentoringSettings } from "./criteria";
import { buildEngineInput, type ProfileRow } from "./engine-input";
import { explainFactor } from "./explain";
import { enrolmentTopics } from "./topics";

// The matching explanation and the pair's space count common time with one function over one horizon: a
// mentor in Amsterdam and a mentee in New York are told the same number of hours by both.

const profile = (id: string, timeZone: string, availability: string[]): ProfileRow => ({
  id, department: id, managerMembershipId: null, seniority: id === "mentor" ? 4 : 2, languages: ["en"], timeZone, topics: ["finance"], availability,
});
const settings = readMentoringSettings({});

function explain(at: Date, mentor: ProfileRow, mentee: ProfileRow) {
  const input = buildEngineInput({
    enrolments: [
      { id: "e-mentor", membershipId: mentor.id, role: "mentor", answers: {}, capacity: 1 },
      { id: "e-mentee", membershipId: mentee.id, role: "mentee", answers: { topics: ["hr"] }, capacity: null },
    ],
    profiles: [mentor, mentee], settings, earlierPairs: [], at, defaultTimeZone: "Europe/Amsterdam",
  });
  const { factors } = scorePair(input.mentors[0], input.mentees[0], settings.criteria);
  // A factor with no effect either way (half the target) is not shown; the engine scored the hours all the same.
  const shared = factors.find((f): f is Extract<ScoreFactor, { code: "sharedAvailability" }> => f.code === "sharedAvailability");
  const menteeHours = new Set(input.mentees[0].person.availability);
  const scored = input.mentors[0].person.availability.filter((slot) => menteeHours.has(slot)).length;
  if (shared) expect(shared.slots).toHaveLength(scored);
  return { count: scored, text: shared ? explainFactor(shared, { t: getTranslator("en", "mentoring"), locale: "en", topicLabel: (s) => s }) : null, topics: input.mentees[0].topics };
}

/** What the pair space offers (lib/mentoring/pair/first-meeting.ts candidateSlots): the same call. */
const pairSpace = (at: Date, mentor: ProfileRow, mentee: ProfileRow) =>
  commonStarts({ people: [mentor, mentee].map((p) => ({ id: p.id, timeZone: p.timeZone!, availability: p.availability })), referenceZone: "Europe/Amsterdam", window: commonTimeWindow(at), durationMinutes: 60 });

describe("the explanation's common hours are the pair space's", () => {
  const mentor = profile("mentor", "Europe/Amsterdam", ["mon-15", "mon-16", "tue-09", "tue-10"]);
  const mentee = profile("mentee", "America/New_York", ["mon-09", "mon-10", "tue-09", "tue-10"]);

  for (const [label, at, hours] of [
    ["a winter fortnight", "2026-01-12T06:00:00Z", 4],
    ["the weeks New York is on summer time and Amsterdam not yet", "2026-03-09T06:00:00Z", 2],
    ["the fortnight across Europe's change of clocks", "2026-03-23T06:00:00Z", 3],
  ] as const) {
    it(`${label}: ${hours} hours in both`, () => {
      const when = new Date(at);
      const { count, text } = explain(when, mentor, mentee);
      expect(count).toBe(hours);
      expect(pairSpace(when, mentor, mentee)).toHaveLength(hours);
      if (text !== null) expect(text).toBe(`${hours} free hours in common over two weeks`);
    });
  }

  it("the same weekly words in both zones are no common hours for either (the reported bug)", () => {
    const at = new Date("2026-01-12T06:00:00Z");
    const both = ["tue-09", "tue-10", "tue-11", "tue-12"];
    const a = profile("mentor", "Europe/Amsterdam", both);
    const b = profile("mentee", "America/New_York", both);
    expect(explain(at, a, b).count).toBe(0);
    expect(pairSpace(at, a, b)).toEqual([]);
  });

  it("a mentee's topics are the ones chosen at enrolment, else the profile's", () => {
    expect(explain(new Date("2026-01-12T06:00:00Z"), mentor, mentee).topics).toEqual(["hr"]);
    expect(enrolmentTopics({ topics: ["hr", "hr"] }, ["finance"])).toEqual(["hr"]);
    expect(enrolmentTopics({ topics: [] }, ["finance"])).toEqual(["finance"]);
    expect(enrolmentTopics({ topics: "hr" }, ["finance"])).toEqual(["finance"]);
    expect(enrolmentTopics(null, [])).toEqual([]);
  });
});
