import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inArray, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { emailMessages, meetingParticipants, meetings } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { closeProducer } from "@/lib/jobs/boss";
import { recordAttendance } from "./attendance";
import { cancelSession } from "./cancel-session";
import { createSeries } from "./create-series";
import { buildCalendarFeed } from "./feed";
import { issueFeedLink, revokeFeedLinks } from "./feed-tokens";
import { parseIcs } from "@/lib/scheduling/time/ics.test-helper";
import { moveSession } from "./move-session";
import { listMySessions } from "./queries";
import type { CreateSeriesInput } from "./schemas";
import { createSchedulingWorld, type SchedulingWorld } from "./test-fixtures";

// Who may read and change which sessions, through the data layer itself (the actions add nothing to it).
let world: SchedulingWorld;
let amsLon: string[];
let nycLon: string[];

const input = (membershipIds: string[], title: string): CreateSeriesInput => ({
  title,
  membershipIds,
  timeZone: "Europe/Amsterdam",
  firstDate: "2027-04-05",
  startTime: "10:00",
  durationMinutes: 60,
  cadenceWeeks: 2,
  count: 2,
  place: null,
  videoUrl: "https://meet.example.org/x",
  skipDates: [],
});

/** Everything of the organisation that a refused call could have changed. */
async function snapshot(organizationId: string): Promise<string> {
  const db = getDb();
  return JSON.stringify([
    await db.select().from(meetings).where(sql`${meetings.organizationId} = ${organizationId}`).orderBy(meetings.id),
    await db.select().from(meetingParticipants).where(sql`${meetingParticipants.organizationId} = ${organizationId}`).orderBy(meetingParticipants.id),
    await db.select({ id: emailMessages.id }).from(emailMessages).where(sql`${emailMessages.organizationId} = ${organizationId}`).orderBy(emailMessages.id),
  ]);
}

const tokenOf = (url: string) => new URL(url).pathname.replace(/^\/calendar\//, "").replace(/\.ics$/, "");

beforeAll(async () => {
  setClockOffset(Date.parse("2027-03-01T09:00:00Z") - Date.now());
  world = await createSchedulingWorld();
  amsLon = (await createSeries(world.facilitator.scope, input([world.ams.membershipId, world.lon.membershipId, world.facilitator.membershipId], "Pair A"))).sessionIds;
  nycLon = (await createSeries(world.admin.scope, input([world.nyc.membershipId, world.lon.membershipId], "Pair B"))).sessionIds;
});

afterAll(async () => {
  setClockOffset(0);
  await closeProducer();
  await closeDb();
});

describe("another organisation", () => {
  it("cannot read, move, cancel or mark attendance of the sessions, and nothing changes", async () => {
    const before = await snapshot(world.organizationId);
    const { outsider } = world;
    expect((await listMySessions(outsider.scope)).upcoming).toEqual([]);
    await expect(cancelSession(outsider.scope, amsLon[0])).rejects.toMatchObject({ code: "not_found" });
    await expect(moveSession(outsider.scope, { sessionId: amsLon[0], date: "2027-04-06", time: "10:00", scope: "following" })).rejects.toMatchObject({ code: "not_found" });
    await expect(recordAttendance(outsider.scope, { sessionId: amsLon[0], membershipId: world.ams.membershipId, attendance: "absent" })).rejects.toMatchObject({ code: "not_found" });
    // A scope that claims organisation A for an outsider's membership is refused before any read.
    const forged = { ...outsider.scope, organizationId: world.organizationId };
    await expect(cancelSession(forged, amsLon[0])).rejects.toMatchObject({ code: "forbidden" });
    await expect(listMySessions(forged)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot(world.organizationId)).toBe(before);
  });

  it("cannot be invited into a series", async () => {
    const before = await snapshot(world.organizationId);
    await expect(createSeries(world.admin.scope, input([world.ams.membershipId, world.outsider.membershipId], "Mixed"))).rejects.toMatchObject({ code: "invalid" });
    expect(await snapshot(world.organizationId)).toBe(before);
  });
});

describe("within the organisation", () => {
  it("a member sees their own sessions but cannot plan or change any", async () => {
    const before = await snapshot(world.organizationId);
    const mine = await listMySessions(world.ams.scope);
    expect(mine.upcoming.map((s) => s.id)).toEqual(amsLon);
    expect(mine.upcoming[0]).toMatchObject({ title: "Pair A", canManage: false, status: "scheduled" });
    expect(mine.timeZone).toBe("Europe/Amsterdam");
    await expect(createSeries(world.ams.scope, input([world.ams.membershipId, world.lon.membershipId], "Mine"))).rejects.toMatchObject({ code: "forbidden" });
    await expect(cancelSession(world.ams.scope, amsLon[0])).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot(world.organizationId)).toBe(before);
  });

  it("a facilitator manages their own group's sessions, not a colleague's", async () => {
    await expect(cancelSession(world.otherFacilitator.scope, amsLon[0])).rejects.toMatchObject({ code: "not_found" });
    await expect(cancelSession(world.facilitator.scope, nycLon[0])).rejects.toMatchObject({ code: "not_found" });
    await recordAttendance(world.facilitator.scope, { sessionId: amsLon[0], membershipId: world.ams.membershipId, attendance: "excused" });
    await expect(recordAttendance(world.facilitator.scope, { sessionId: amsLon[0], membershipId: world.nyc.membershipId, attendance: "absent" })).rejects.toMatchObject({ code: "not_found" });
    const rows = await getDb().select().from(meetingParticipants).where(inArray(meetingParticipants.sessionId, [amsLon[0]]));
    expect(rows.find((r) => r.membershipId === world.ams.membershipId)?.attendance).toBe("excused");
  });
});

describe("calendar feed", () => {
  it("shows only the token owner's sessions; a new link replaces the old; a revoked link is gone", async () => {
    const nycLink = await issueFeedLink(world.nyc.scope);
    const nycFeed = parseIcs(String(await buildCalendarFeed(tokenOf(nycLink.url))));
    const uids = (ids: string[]) => getDb().select({ uid: meetings.icsUid }).from(meetings).where(inArray(meetings.id, ids)).then((r) => r.map((x) => x.uid).sort());
    expect(nycFeed.method).toBeNull();
    expect(nycFeed.events.map((e) => e.uid).sort()).toEqual(await uids(nycLon));

    const lonFeed = parseIcs(String(await buildCalendarFeed(tokenOf((await issueFeedLink(world.lon.scope)).url))));
    expect(lonFeed.events.map((e) => e.uid).sort()).toEqual((await uids([...amsLon, ...nycLon])).sort());

    const second = await issueFeedLink(world.nyc.scope);
    expect(await buildCalendarFeed(tokenOf(nycLink.url))).toBeNull();
    expect(await buildCalendarFeed(tokenOf(second.url))).not.toBeNull();
    expect(await revokeFeedLinks(world.nyc.scope)).toBe(1);
    expect(await buildCalendarFeed(tokenOf(second.url))).toBeNull();
  });

  it("the route answers 404 for a revoked, unknown or malformed token, and serves text/calendar otherwise", async () => {
    const { GET } = await import("@/app/calendar/[token]/route");
    const call = (segment: string) => GET(new Request(`http://localhost/calendar/${segment}`), { params: Promise.resolve({ token: segment }) });
    const link = await issueFeedLink(world.ams.scope);
    const ok = await call(`${tokenOf(link.url)}.ics`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(parseIcs(await ok.text()).events).toHaveLength(2);
    await revokeFeedLinks(world.ams.scope);
    expect((await call(`${tokenOf(link.url)}.ics`)).status).toBe(404);
    expect((await call(`${"a".repeat(43)}.ics`)).status).toBe(404);
    expect((await call("not-a-token")).status).toBe(404);
  });
});

describe("the sessions page's list", () => {
  it("shows the 20 soonest planned sessions and counts the rest, which the calendar feed holds", async () => {
    const people = [world.nyc.membershipId, world.lon.membershipId];
    const first = await createSeries(world.facilitator.scope, { ...input(people, "Long series"), firstDate: "2027-06-07", cadenceWeeks: 1, count: 12 });
    const second = await createSeries(world.facilitator.scope, { ...input(people, "Second series"), firstDate: "2027-06-08", cadenceWeeks: 1, count: 12 });
    const mine = await listMySessions(world.lon.scope);
    const total = mine.upcoming.length + mine.moreUpcoming;
    expect(total).toBeGreaterThanOrEqual(24 + nycLon.length);
    expect(mine.upcoming).toHaveLength(20);
    expect(mine.moreUpcoming).toBe(total - 20);
    // Soonest first: the listed ones all come before every one that is left out.
    const starts = mine.upcoming.map((s) => s.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const listed = new Set(mine.upcoming.map((s) => s.id));
    expect(listed.has(first.sessionIds[0])).toBe(true);
    expect(listed.has(second.sessionIds[second.sessionIds.length - 1])).toBe(false);

    // A year on, all of them are past: the ten most recent are listed, latest first, and the rest counted.
    setClockOffset(Date.parse("2028-06-01T09:00:00Z") - Date.now());
    try {
      const later = await listMySessions(world.lon.scope);
      expect(later.upcoming).toEqual([]);
      expect(later.past).toHaveLength(10);
      expect(later.morePast).toBe(total - 10);
      expect(later.past[0].id).toBe(second.sessionIds[second.sessionIds.length - 1]);
    } finally {
      setClockOffset(Date.parse("2027-03-01T09:00:00Z") - Date.now());
    }
  });
});
