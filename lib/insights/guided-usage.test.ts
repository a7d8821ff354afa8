import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { conversationActions, conversationAgreements, conversations, learningTrackCompletions } from "@/db/schema";
import { builtInGuide } from "@/lib/conversations/core/built-in-guides";
import { insertTrack } from "@/lib/tracks/test-fixtures";
import { exportInsights } from "./export-insights";
import { getInsights } from "./get-insights";
import { createInsightsWorld, NOW, PERIOD, type InsightsWorld } from "./test-fixtures";
import type { InsightsData } from "./types";

// The guided conversations and learning tracks on the insights page (issue 12, point 4): what is counted,
// that a month or a step about one to four people is hidden, and that no agreement, action or reflection
// text reaches the page's data.
let world: InsightsWorld;
let data: InsightsData;
let stepIds: string[];
const COPIES = 3;
const SECRET = "guided-secret-9f2: we agreed to talk about the reorganisation";

const closed = (organizationId: string, lead: string, partner: string, at: string, matchId: string | null) => {
  const guide = builtInGuide(matchId ? "mentoringCheckIn" : "oneOnOne")!;
  const when = new Date(at);
  return {
    organizationId, context: matchId ? ("pair" as const) : ("team" as const), matchId, leadMembershipId: lead, partnerMembershipId: partner,
    guideKey: guide.key, guideKind: guide.kind, guide, status: "closed" as const,
    clock: { stepIndex: 0, stepStartedAt: 0, pausedAt: null, pausedMs: 0 }, startedAt: when, closedAt: when,
  };
};

beforeAll(async () => {
  world = await createInsightsWorld({ copies: COPIES });
  const db = getDb();
  // March: each copy's pair A–C holds one (six people). April: the admin with the member, two people only.
  const rows = await db
    .insert(conversations)
    .values([
      ...world.copies.map((c) => closed(world.organizationId, c.A.membershipId, c.C.membershipId, "2027-03-10T10:00:00Z", c.pairAC)),
      closed(world.organizationId, world.admin.membershipId, world.member.membershipId, "2027-04-08T10:00:00Z", null),
    ])
    .returning({ id: conversations.id });
  await db.insert(conversationAgreements).values(rows.map((r) => ({ organizationId: world.organizationId, conversationId: r.id, position: 1, body: SECRET })));
  await db.insert(conversationActions).values(rows.map((r) => ({ organizationId: world.organizationId, conversationId: r.id, position: 1, description: SECRET })));
  // A track on the co-development programme: five participants did step 1, two did step 2.
  ({ stepIds } = await insertTrack(world.organizationId, world.codevId, "2027-01-04", [{ kind: "reading" }, { kind: "reading" }, { kind: "reading" }]));
  const participants = world.copies.flatMap((c) => [c.P1, c.P2, c.P3, c.P4]).map((p) => p.membershipId);
  await db.insert(learningTrackCompletions).values([
    ...participants.slice(0, 5).map((membershipId) => ({ organizationId: world.organizationId, stepId: stepIds[0], membershipId })),
    ...participants.slice(0, 2).map((membershipId) => ({ organizationId: world.organizationId, stepId: stepIds[1], membershipId })),
  ]);
  data = await getInsights(world.admin.scope, PERIOD, { now: NOW });
});

afterAll(() => closeDb());

describe("guided conversations and learning tracks on the insights page", () => {
  it("counts the conversations held per month, and hides a month about fewer than five people", () => {
    const month = (m: string) => data.guided.months.find((x) => x.month === m);
    expect(data.guided.months.map((m) => m.month)).toEqual(["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]);
    expect(month("2027-03")).toEqual({ month: "2027-03", pair: COPIES, team: 0, hidden: false });
    // One 1-on-1 is about two people: not shown, not even as a total.
    expect(month("2027-04")).toEqual({ month: "2027-04", pair: null, team: null, hidden: true });
    expect(month("2027-05")).toEqual({ month: "2027-05", pair: 0, team: 0, hidden: false });
  });

  it("the share of the period's pairs that held a guided conversation", () => {
    // Two accepted pairs per copy (A–C and A–D); A–C held one.
    expect(data.guided.pairShare).toEqual({ rate: { value: 0.5, hidden: false }, pairs: { value: 2 * COPIES, hidden: false } });
  });

  it("a track's completion per step: a step done by one to four people shows as hidden", () => {
    expect(data.guided.tracks).toHaveLength(1);
    const [track] = data.guided.tracks;
    expect(track.participants).toEqual({ value: 4 * COPIES, hidden: false });
    expect(track.steps.map((s) => [s.number, s.done, s.hidden])).toEqual([
      [1, 5, false],
      [2, null, true],
      [3, 0, false],
    ]);
  });

  it("the programme filter keeps that programme's pairs and track, and leaves the managers' conversations out", async () => {
    const mentoring = await getInsights(world.admin.scope, { ...PERIOD, programme: world.mentoringId }, { now: NOW });
    expect(mentoring.guided.months.find((m) => m.month === "2027-03")).toMatchObject({ pair: COPIES, team: 0 });
    expect(mentoring.guided.months.find((m) => m.month === "2027-04")).toMatchObject({ pair: 0, team: 0, hidden: false });
    expect(mentoring.guided.tracks).toEqual([]);
    const codev = await getInsights(world.admin.scope, { ...PERIOD, programme: world.codevId }, { now: NOW });
    expect(codev.guided.months.every((m) => m.pair === 0 && m.team === 0)).toBe(true);
    expect(codev.guided.tracks).toHaveLength(1);
  });

  it("never carries what was agreed or written, and another organisation's admin sees none of it", async () => {
    expect(JSON.stringify(data)).not.toContain(SECRET);
    // The export has the same rows, in the reader's language, and the same hidden cells.
    const { csv } = await exportInsights(world.admin.scope, PERIOD, "nl", { now: NOW });
    expect(csv).toContain(`Gesprekken met een leidraad per maand,2027-03 Koppels,${COPIES},`);
    expect(csv).toContain("Gesprekken met een leidraad per maand,2027-04 Koppels,,");
    expect(csv).toContain("1. Stap 1,5,");
    expect(csv).not.toContain(SECRET);
    const outside = await getInsights(world.outsider.scope, PERIOD, { now: NOW });
    expect(outside.guided.tracks).toEqual([]);
    expect(outside.guided.months.every((m) => m.pair === 0 && m.team === 0)).toBe(true);
    await expect(getInsights(world.member.scope, PERIOD, { now: NOW })).rejects.toMatchObject({ code: "forbidden" });
  });
});
