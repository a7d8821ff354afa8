import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { calendarFeedTokens, emailMessages, meetingParticipants, meetingSeries, meetings } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { closeProducer } from "@/lib/jobs/boss";
import { createSeries } from "./create-series";
import { createSchedulingWorld, type SchedulingWorld } from "./test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";

// The scheduling server actions as a crafted POST calls them: only the Auth.js session lookup and Next's
// request APIs are replaced; roles and organisations come from the real database (as in
// tests/authorization.test.ts, which lists these actions as covered here).
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const sessionActions = await import("@/app/(app)/sessions/actions");
const plannerActions = await import("@/app/(app)/sessions/new/actions");

let world: SchedulingWorld;
let sessionIds: string[];

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const userOf = async (membershipId: string) =>
  String((await getDb().execute<{ user_id: string }>(sql`select user_id from memberships where id = ${membershipId}`))[0].user_id);

async function snapshot(organizationId: string): Promise<string> {
  const parts = [];
  for (const table of [meetingSeries, meetings, meetingParticipants, calendarFeedTokens, emailMessages]) {
    parts.push(await getDb().select().from(table).where(eq(table.organizationId, organizationId)));
  }
  return JSON.stringify(parts);
}

/** Every scheduling action aimed at organisation A's first session or people. */
const calls = () => ({
  cancel: () => sessionActions.cancelSessionAction(null, form({ sessionId: sessionIds[0] })),
  move: () => sessionActions.moveSessionAction(null, form({ sessionId: sessionIds[0], date: "2027-04-20", time: "09:00", scope: "following" })),
  create: () =>
    plannerActions.createSeriesAction(
      null,
      form({ title: "Taken over", "membershipIds[]": [world.ams.membershipId, world.lon.membershipId], timeZone: "Europe/Amsterdam", firstDate: "2027-05-03", startTime: "10:00", durationMinutes: "60", cadenceWeeks: "1", count: "2" }),
    ),
});

beforeAll(async () => {
  setClockOffset(Date.parse("2027-03-01T09:00:00Z") - Date.now());
  world = await createSchedulingWorld();
  ({ sessionIds } = await createSeries(world.facilitator.scope, {
    title: "Group",
    membershipIds: [world.ams.membershipId, world.lon.membershipId, world.facilitator.membershipId],
    timeZone: "Europe/Amsterdam",
    firstDate: "2027-04-05",
    startTime: "10:00",
    durationMinutes: 60,
    cadenceWeeks: 1,
    count: 2,
    place: null,
    videoUrl: null,
    skipDates: [],
  }));
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  setClockOffset(0);
  await closeProducer();
  await closeDb();
});

describe("scheduling actions", () => {
  for (const name of ["cancel", "move", "create"] as const) {
    it(`${name}: a signed-out request and a member are refused, nothing changes`, async () => {
      const before = await snapshot(world.organizationId);
      expect(await calls()[name]()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = await userOf(world.ams.membershipId);
      expect(await calls()[name]()).toMatchObject({ ok: false, error: "forbidden" });
      expect(await snapshot(world.organizationId)).toBe(before);
    });

    it(`${name}: an admin of another organisation cannot reach organisation A`, async () => {
      session.userId = await userOf(world.outsider.membershipId);
      const before = await snapshot(world.organizationId);
      expect((await calls()[name]()).ok).toBe(false);
      expect(await snapshot(world.organizationId)).toBe(before);
    });
  }

  it("the planner's search and slot proposal answer nothing outside the role or the organisation", async () => {
    const ask = () => plannerActions.proposeSlotsAction({ membershipIds: [world.ams.membershipId, world.lon.membershipId], weekStart: "2027-04-05", durationMinutes: 60, timeZone: "Europe/Amsterdam" });
    expect(await plannerActions.searchPlannableMembersAction("ams")).toEqual([]);
    expect(await ask()).toEqual({ ok: false, error: "unauthenticated" });
    session.userId = await userOf(world.ams.membershipId);
    expect(await plannerActions.searchPlannableMembersAction("ams")).toEqual([]);
    expect(await ask()).toEqual({ ok: false, error: "forbidden" });
    session.userId = await userOf(world.outsider.membershipId);
    expect(await plannerActions.searchPlannableMembersAction("ams")).toEqual([]);
    expect(await ask()).toEqual({ ok: false, error: "participants" });
    session.userId = await userOf(world.facilitator.membershipId);
    expect((await plannerActions.searchPlannableMembersAction("ams")).map((m) => m.membershipId)).toEqual([world.ams.membershipId]);
    expect(await ask()).toMatchObject({ ok: true });
  });

  it("the feed actions need a session and only ever touch the caller's own link", async () => {
    expect(await sessionActions.issueFeedLinkAction(null, form({}))).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await sessionActions.revokeFeedLinksAction(null, form({}))).toMatchObject({ ok: false, error: "unauthenticated" });
    session.userId = await userOf(world.lon.membershipId);
    const issued = await sessionActions.issueFeedLinkAction(null, form({ membershipId: world.ams.membershipId }));
    expect(issued).toMatchObject({ ok: true, data: { url: expect.stringMatching(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/) } });
    const tokens = await getDb().select().from(calendarFeedTokens).where(eq(calendarFeedTokens.organizationId, world.organizationId));
    expect(tokens.map((t) => t.membershipId)).toEqual([world.lon.membershipId]);
  });

  it("the facilitator of the group is allowed (the refusals are about the role, not a broken action)", async () => {
    session.userId = await userOf(world.facilitator.membershipId);
    expect(await calls().cancel()).toEqual({ ok: true, message: "cancelled" });
  });
});
