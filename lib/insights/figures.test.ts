import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, queryCounter } from "@/db/client";
import { getInsights } from "./get-insights";
import { createInsightsWorld, NOW, PERIOD, type InsightsWorld } from "./test-fixtures";
import type { InsightsData } from "./types";

// Every figure of the page against the history of test-fixtures.ts, worked out by hand per copy there and
// multiplied by five copies here (counts of people and sessions scale; rates, means and medians do not).
let world: InsightsWorld;
let data: InsightsData;
const COPIES = 5;

beforeAll(async () => {
  world = await createInsightsWorld({ copies: COPIES });
  data = await getInsights(world.admin.scope, PERIOD, { now: NOW });
});

afterAll(() => closeDb());

describe("the figures of the insights page", () => {
  it("reads the filters and offers only departments of five or more", () => {
    expect(data.filters).toEqual({ programmeId: null, department: null, from: "2027-01-01", to: "2027-06-30" });
    expect(data.options.departments).toEqual(["Finance", "IT"]);
    expect(data.options.programmes.map((p) => p.kind).sort()).toEqual(["codevelopment", "mentoring"]);
  });

  it("the funnel: invited → signed up → matched or grouped → accepted → first session held → still active", () => {
    // Invited: 11 per copy, plus the admin, the member and the five small-department people. Signed up: ten
    // per copy plus those five. Matched: E's requests count, the small departments got none. Accepted: B and
    // E not. First session: all eight accepted. Active since 16 April: A, C (1 May), P1, P3, Fa (20 May).
    expect(data.figures.funnel.map((s) => [s.step, s.value])).toEqual([
      ["invited", 11 * COPIES + 7],
      ["signedUp", 10 * COPIES + 5],
      ["matched", 10 * COPIES],
      ["accepted", 8 * COPIES],
      ["firstSession", 8 * COPIES],
      ["active", 5 * COPIES],
    ]);
  });

  it("sessions planned (cancelled ones included) and held per month, every month of the period", () => {
    expect(data.figures.months.map((m) => [m.month, m.planned, m.held])).toEqual([
      ["2027-01", 0, 0],
      ["2027-02", 3 * COPIES, 2 * COPIES],
      ["2027-03", 3 * COPIES, 3 * COPIES],
      ["2027-04", 0, 0],
      ["2027-05", 2 * COPIES, 2 * COPIES],
      ["2027-06", 1 * COPIES, 0],
    ]);
  });

  it("attendance, cases, actions, feedback, acceptance and days to a first session", () => {
    const f = data.figures;
    // Held sessions: 2 + 1 + 2 (A–C) + 2 (A–D, recorded) + 4 + 3 + 3 (group) of 23 places.
    expect(f.attendanceRate.value).toBeCloseTo(17 / 23, 10);
    expect(f.casesPresented.value).toBe(3 * COPIES);
    expect(f.actions.completed.value).toBe(2 * COPIES);
    expect(f.actions.total.value).toBe(3 * COPIES);
    expect(f.feedback.mean.value).toBeCloseTo(3.5, 10);
    expect(f.feedback.responses.value).toBe(4 * COPIES);
    // Accepted A–C and A–D; B–D declined, B–E expired; the open request does not count yet.
    expect(f.acceptance.rate.value).toBeCloseTo(0.5, 10);
    expect(f.acceptance.answered.value).toBe(4 * COPIES);
    // Per copy 26, 26, 26, 26, 27, 27, 63, 69 days: the median of all forty is (26 + 27) / 2.
    expect(f.medianDaysToFirstSession.value).toBeCloseTo(26.5, 6);
  });

  it("the decline reasons", () => {
    expect(data.figures.declineReasons.map((d) => [d.reason, d.value])).toEqual([
      ["noTime", COPIES],
      ["notAGoodFit", 0],
      ["conflictOfInterest", 0],
      ["other", 0],
    ]);
  });

  it("the engagement ladder per department; Legal (1) and Facilities (4) together make 'other departments'", () => {
    expect(data.figures.ladder).toEqual([
      { department: "Finance", levels: { signedUp: COPIES, takesPart: COPIES, contributes: COPIES, leads: 2 * COPIES }, hidden: false, merged: [] },
      { department: "IT", levels: { signedUp: COPIES, takesPart: 2 * COPIES, contributes: 2 * COPIES, leads: 0 }, hidden: false, merged: [] },
      { department: "other", levels: { signedUp: 5, takesPart: 0, contributes: 0, leads: 0 }, hidden: false, merged: ["Facilities", "Legal"] },
    ]);
  });

  it("programme health: the stalled pair, the unready case, the expiring request, the group that attends little", () => {
    const byKind = Object.fromEntries(data.nudges.map((k) => [k.kind, k]));
    expect(byKind.pairWithoutSession.total).toBe(COPIES);
    expect(byKind.pairWithoutSession.items[0]).toMatchObject({ programmeId: world.mentoringId, at: new Date("2027-03-10T10:00:00Z") });
    expect(byKind.pairWithoutSession.items.map((i) => i.names).sort()).toEqual(world.copies.map((c) => [c.A.name, c.D.name]).sort());
    expect(byKind.caseNotReady.total).toBe(COPIES);
    expect(byKind.caseNotReady.items[0]).toMatchObject({ programmeId: world.codevId, at: new Date("2027-06-20T10:00:00Z"), names: [] });
    expect(byKind.requestExpiring.total).toBe(COPIES);
    expect(byKind.requestExpiring.items.map((i) => i.names).sort()).toEqual(world.copies.map((c) => [c.B.name, c.E.name]).sort());
    // 20 March and 20 May: 3 of 5 each time.
    expect(byKind.lowAttendance.total).toBe(COPIES);
    expect(byKind.lowAttendance.items[0]).toMatchObject({ rate: 0.6 });
    expect(byKind.lowAttendance.items.map((i) => i.names[0]).sort()).toEqual(world.copies.map((c) => c.Fa.name).sort());
  });
});

describe("filters", () => {
  it("one programme: only co-development figures", async () => {
    const codev = await getInsights(world.admin.scope, { ...PERIOD, programme: world.codevId }, { now: NOW });
    expect(codev.filters.programmeId).toBe(world.codevId);
    expect(codev.figures.funnel.map((s) => s.value)).toEqual([11 * COPIES + 7, 5 * COPIES, 5 * COPIES, 5 * COPIES, 5 * COPIES, 3 * COPIES]);
    expect(codev.figures.months.map((m) => m.planned)).toEqual([0, COPIES, COPIES, 0, COPIES, COPIES]);
    expect(codev.figures.acceptance.answered.value).toBe(0);
    expect(codev.nudges.find((k) => k.kind === "pairWithoutSession")?.total).toBe(0);
  });

  it("one department: IT's people only", async () => {
    const it = await getInsights(world.admin.scope, { ...PERIOD, department: "IT" }, { now: NOW });
    expect(it.filters.department).toBe("IT");
    // IT: C, D, E, P1, P2 (and N1 is Finance). Accepted: C, D, P1, P2; active: C, P1.
    expect(it.figures.funnel.map((s) => s.value)).toEqual([5 * COPIES, 5 * COPIES, 5 * COPIES, 4 * COPIES, 4 * COPIES, 2 * COPIES]);
    expect(it.figures.ladder.map((r) => r.department)).toEqual(["IT"]);
    // Cases presented by IT people: P1 and P2.
    expect(it.figures.casesPresented.value).toBe(2 * COPIES);
  });

  it("a department under five people is refused, and the figures are the organisation's", async () => {
    for (const department of ["Legal", "Facilities", "Nowhere"]) {
      const refused = await getInsights(world.admin.scope, { ...PERIOD, department }, { now: NOW });
      expect(refused.departmentRefused).toBe(true);
      expect(refused.filters.department).toBeNull();
      expect(refused.figures.funnel[1].value).toBe(10 * COPIES + 5);
    }
  });

  it("a short period counts only what falls in it", async () => {
    const march = await getInsights(world.admin.scope, { from: "2027-03-01", to: "2027-03-31" }, { now: NOW });
    expect(march.figures.months).toEqual([{ month: "2027-03", planned: 3 * COPIES, held: 3 * COPIES, hidden: false }]);
    expect(march.figures.funnel[1].value).toBe(0);
    expect(march.figures.casesPresented.value).toBe(COPIES);
  });

  it("takes a fixed number of queries, whatever the filters", async () => {
    const counts: number[] = [];
    for (const query of [PERIOD, { ...PERIOD, programme: world.mentoringId }, { ...PERIOD, department: "Finance" }]) {
      queryCounter.count = 0;
      await getInsights(world.admin.scope, query, { now: NOW });
      counts.push(queryCounter.count);
    }
    expect(new Set(counts).size).toBe(1);
    // Two transactions side by side: tenant, role, then options, planner and figures, or the nudges (the
    // query counter sees the statements drizzle sends, not BEGIN and COMMIT).
    expect(counts[0]).toBeLessThanOrEqual(12);
  });
});

describe("a pair's session whose time has passed", () => {
  it("counts as held, both there, although nobody marked it: pairs record no attendance", async () => {
    for (const c of world.copies) await world.sessions("match", c.pairAC, [["2027-04-10", "scheduled", { [c.A.membershipId]: "invited", [c.C.membershipId]: "invited" }]]);
    const after = await getInsights(world.admin.scope, PERIOD, { now: NOW });
    expect(after.figures.months.find((m) => m.month === "2027-04")).toEqual({ month: "2027-04", planned: COPIES, held: COPIES, hidden: false });
    expect(after.figures.attendanceRate.value).toBeCloseTo(19 / 25, 10);
  });
});

describe("a pair's session whose attendance one of them recorded", () => {
  it("counts as recorded: held when someone came, only those who came as present; not held when nobody came", async () => {
    const before = await getInsights(world.admin.scope, PERIOD, { now: NOW });
    const may = (d: InsightsData) => d.figures.months.find((m) => m.month === "2027-05")!;
    for (const c of world.copies) {
      await world.sessions("match", c.pairAC, [
        ["2027-05-08", "scheduled", { [c.A.membershipId]: "attended", [c.C.membershipId]: "absent" }],
        ["2027-05-15", "scheduled", { [c.A.membershipId]: "absent", [c.C.membershipId]: "excused" }],
      ]);
    }
    const after = await getInsights(world.admin.scope, PERIOD, { now: NOW });
    expect(may(after).planned! - may(before).planned!).toBe(2 * COPIES);
    expect(may(after).held! - may(before).held!).toBe(COPIES);
    // Presumed, the two sessions would add four present participations; recorded, one of two held ones is.
    const rate = before.figures.attendanceRate.value!;
    expect(rate).toBeCloseTo(19 / 25, 10);
    expect(after.figures.attendanceRate.value).toBeCloseTo(20 / 27, 10);
  });
});
