import { describe, expect, it } from "vitest";
import { computeTrackProgress, countDonePerStep, dueOf, isConversationStepDone, stepCompletion, type PersonFacts, type TrackStepInput } from "./progress";

const zone = "Europe/Amsterdam";
// A Monday; the clocks go forward on Sunday 28 March 2027.
const startsOn = "2027-03-01";

const steps: TrackStepInput[] = [
  { id: "read", kind: "reading", dueWeek: 1, guideKey: null },
  { id: "meet-1", kind: "session", dueWeek: 3, guideKey: null },
  { id: "reflect", kind: "reflection", dueWeek: 4, guideKey: null },
  { id: "talk", kind: "conversation", dueWeek: null, guideKey: "career" },
  { id: "meet-2", kind: "session", dueWeek: 8, guideKey: null },
];

const noFacts: PersonFacts = { completions: new Map(), attendedSessions: [], closedConversations: new Map() };
const at = (iso: string) => new Date(iso);
const progress = (facts: Partial<PersonFacts>, now: string, programmeKind: "mentoring" | "codevelopment" = "codevelopment") =>
  computeTrackProgress({ steps, startsOn, timeZone: zone, programmeKind, facts: { ...noFacts, ...facts }, now: at(now) });
const statuses = (p: ReturnType<typeof progress>) => Object.fromEntries(p.steps.map((s) => [s.id, s.status]));

describe("due weeks", () => {
  it("fall due at the end of week N on the organisation's clock: week 1 is the start date and the six days after it", () => {
    expect(dueOf(startsOn, 1, zone)).toEqual({ dueOn: "2027-03-07", dueAt: at("2027-03-07T23:00:00Z") });
    expect(dueOf(startsOn, null, zone)).toBeNull();
  });

  it("keep midnight across the change to summer time (the end of week 4 is on summer time)", () => {
    expect(dueOf(startsOn, 4, zone)).toEqual({ dueOn: "2027-03-28", dueAt: at("2027-03-28T22:00:00Z") });
  });

  it("make a step overdue from the first minute after its last day, not before", () => {
    expect(statuses(progress({}, "2027-03-07T22:59:00Z")).read).toBe("due");
    expect(statuses(progress({}, "2027-03-07T23:00:00Z")).read).toBe("overdue");
  });
});

describe("a participant's progress", () => {
  it("is nothing done before the start, with the first step next and no step without a due week overdue", () => {
    const p = progress({}, "2027-02-20T12:00:00Z");
    expect(p).toMatchObject({ done: 0, total: 5, nextStepId: "read", complete: false, started: false });
    expect(statuses(p)).toEqual({ read: "due", "meet-1": "due", reflect: "due", talk: "open", "meet-2": "due" });
  });

  it("counts what was done, and the next step is the first one in the track's order that is not done", () => {
    const p = progress({ completions: new Map([["reflect", at("2027-03-20T10:00:00Z")]]) }, "2027-04-10T12:00:00Z");
    expect(p).toMatchObject({ done: 1, nextStepId: "read", started: true });
    expect(statuses(p)).toEqual({ read: "overdue", "meet-1": "overdue", reflect: "done", talk: "open", "meet-2": "due" });
    expect(p.steps.find((s) => s.id === "reflect")?.doneAt).toEqual(at("2027-03-20T10:00:00Z"));
  });

  it("ticks off co-development session steps by sessions attended, in order: one session done the first, two the second", () => {
    const first = at("2027-03-10T13:00:00Z");
    const second = at("2027-03-31T12:00:00Z");
    const one = progress({ attendedSessions: [first] }, "2027-04-01T12:00:00Z");
    expect(one.steps.find((s) => s.id === "meet-1")).toMatchObject({ status: "done", doneAt: first, completion: "automatic" });
    expect(statuses(one)["meet-2"]).toBe("due");
    // Given in any order, the earliest session ticks the first step.
    const two = progress({ attendedSessions: [second, first] }, "2027-04-01T12:00:00Z");
    expect(two.steps.filter((s) => s.id.startsWith("meet")).map((s) => s.doneAt)).toEqual([first, second]);
  });

  it("ignores a mark on a co-development session step (attendance decides), and takes it in a mentoring programme", () => {
    const marked = { completions: new Map([["meet-1", at("2027-03-12T09:00:00Z")]]) };
    expect(statuses(progress(marked, "2027-04-01T12:00:00Z"))["meet-1"]).toBe("overdue");
    const mentoring = progress({ ...marked, attendedSessions: [at("2027-03-10T13:00:00Z"), at("2027-03-11T13:00:00Z")] }, "2027-04-01T12:00:00Z", "mentoring");
    expect(mentoring.steps.find((s) => s.id === "meet-1")).toMatchObject({ status: "done", completion: "mark" });
    expect(statuses(mentoring)["meet-2"]).toBe("due");
  });

  it("is complete when every step is done; a track without steps is never complete", () => {
    const all = new Map(steps.map((s) => [s.id, at("2027-03-05T09:00:00Z")]));
    expect(progress({ completions: all }, "2027-05-01T12:00:00Z", "mentoring")).toMatchObject({ done: 5, complete: true, nextStepId: null });
    const empty = computeTrackProgress({ steps: [], startsOn, timeZone: zone, programmeKind: "mentoring", facts: noFacts, now: at("2027-05-01T12:00:00Z") });
    expect(empty).toMatchObject({ done: 0, total: 0, complete: false, nextStepId: null });
  });
});

describe("how a step gets done", () => {
  it("readings and conversations are marked, reflections written, sessions attended in co-development and marked in mentoring", () => {
    expect(stepCompletion("reading", "codevelopment")).toBe("mark");
    expect(stepCompletion("conversation", "mentoring")).toBe("mark");
    expect(stepCompletion("reflection", "mentoring")).toBe("reflection");
    expect(stepCompletion("session", "codevelopment")).toBe("automatic");
    expect(stepCompletion("session", "mentoring")).toBe("mark");
  });

  it("a conversation step is done by a mark or by a closed conversation with that guide, whichever came first", () => {
    const step = { id: "talk", guideKey: "career" };
    const closed = at("2027-03-15T10:00:00Z");
    const marked = at("2027-03-16T10:00:00Z");
    expect(isConversationStepDone(step, noFacts)).toBeNull();
    expect(isConversationStepDone(step, { ...noFacts, closedConversations: new Map([["oneOnOne", closed]]) })).toBeNull();
    expect(isConversationStepDone(step, { ...noFacts, closedConversations: new Map([["career", closed]]) })).toEqual(closed);
    expect(isConversationStepDone(step, { ...noFacts, completions: new Map([["talk", marked]]), closedConversations: new Map([["career", closed]]) })).toEqual(closed);
  });
});

it("counts per step how many people have done it, steps nobody did included", () => {
  const done = (ids: string[]) => progress({ completions: new Map(ids.map((id) => [id, at("2027-03-05T09:00:00Z")])) }, "2027-04-01T12:00:00Z");
  const counts = countDonePerStep(steps, [done(["read", "reflect"]), done(["read"]), done([])]);
  expect(Object.fromEntries(counts)).toEqual({ read: 2, "meet-1": 0, reflect: 1, talk: 0, "meet-2": 0 });
});
