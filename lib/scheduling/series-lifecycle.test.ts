import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { meetingParticipants, meetings } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { closeProducer } from "@/lib/jobs/boss";
import { cancelSession } from "./cancel-session";
import { createSeries } from "./create-series";
import { parseIcs } from "@/lib/scheduling/time/ics.test-helper";
import { moveSession } from "./move-session";
import { handleSessionReminder } from "./remind-session";
import { REMINDER_LEAD_MS, reminderJobId } from "./reminders";
import type { CreateSeriesInput } from "./schemas";
import { createSchedulingWorld, reminderJobs, renderedEmails, type SchedulingWorld } from "./test-fixtures";

// Integration: a real database with pg-boss (tests/global-setup.ts). The clock stands on 1 March 2027, so
// that the series below lies in the future and crosses the change to summer time (28 March 2027).
let world: SchedulingWorld;
let seriesSessions: string[];

const runReminder = (sessionId: string, startsAt: Date, organizationId = world.organizationId) =>
  handleSessionReminder({ id: "test", retryCount: 0, retryLimit: 0, data: { organizationId, sessionId, startsAt: startsAt.toISOString() } });

const seriesInput = (extra: Partial<CreateSeriesInput> = {}): CreateSeriesInput => ({
  title: "Intervisie Noord",
  membershipIds: [world.ams.membershipId, world.lon.membershipId, world.nyc.membershipId, world.facilitator.membershipId],
  timeZone: "Europe/Amsterdam",
  firstDate: "2027-03-15",
  startTime: "19:00",
  durationMinutes: 90,
  cadenceWeeks: 1,
  count: 3,
  place: "Stadhuis, zaal 2",
  videoUrl: null,
  skipDates: [],
  ...extra,
});

const sessionRow = async (id: string) => (await getDb().select().from(meetings).where(eq(meetings.id, id)))[0];

beforeAll(async () => {
  setClockOffset(Date.parse("2027-03-01T09:00:00Z") - Date.now());
  world = await createSchedulingWorld();
  seriesSessions = (await createSeries(world.facilitator.scope, seriesInput())).sessionIds;
});

afterAll(async () => {
  setClockOffset(0);
  await closeProducer();
  await closeDb();
});

describe("creating a series", () => {
  it("plans the sessions at 19:00 Amsterdam time on every date, with everyone as participant", async () => {
    const rows = await Promise.all(seriesSessions.map(sessionRow));
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual(["2027-03-15T18:00:00.000Z", "2027-03-22T18:00:00.000Z", "2027-03-29T17:00:00.000Z"]);
    expect(new Set(rows.map((r) => r.icsUid)).size).toBe(3);
    expect(rows.every((r) => r.icsSequence === 0 && r.status === "scheduled")).toBe(true);
    const participants = await getDb().select().from(meetingParticipants).where(eq(meetingParticipants.sessionId, seriesSessions[0]));
    expect(participants).toHaveLength(4);
  });

  it("writes one invitation per person, in their language and zone, with a REQUEST per session", async () => {
    const emails = await renderedEmails(world.organizationId, "session-invitation");
    expect(emails.map((e) => e.to).sort()).toEqual([world.ams.email, world.facilitator.email, world.lon.email, world.nyc.email].sort());
    const rows = await Promise.all(seriesSessions.map(sessionRow));
    for (const email of emails) {
      expect(email.attachments).toHaveLength(3);
      email.attachments.forEach((attachment, index) => {
        expect(attachment.contentType).toContain("method=REQUEST");
        const ics = parseIcs(String(attachment.content));
        expect(ics.method).toBe("REQUEST");
        expect(ics.events[0]).toMatchObject({ uid: rows[index].icsUid, sequence: 0, start: rows[index].startsAt.toISOString(), summary: "Intervisie Noord", status: "CONFIRMED" });
        expect(ics.events[0].organizer.address).toBe(`mailto:${world.facilitator.email}`);
        expect(ics.events[0].attendees).toHaveLength(4);
      });
    }
    const byTo = new Map(emails.map((e) => [e.to, e]));
    // The Amsterdam member follows the organisation's language; New York reads New York time (EDT since 14 March).
    expect(byTo.get(world.ams.email)?.locale).toBe("nl");
    expect(byTo.get(world.ams.email)?.text).toMatch(/maandag 15 maart 2027.{0,6}19:00/);
    expect(byTo.get(world.nyc.email)?.locale).toBe("en");
    expect(byTo.get(world.nyc.email)?.text).toMatch(/Monday, March 15, 2027.{0,6}14:00/);
    expect(byTo.get(world.lon.email)?.text).toMatch(/Monday, March 29, 2027.{0,6}18:00/);
  });

  it("queues one reminder per session, a day before, under a deterministic id", async () => {
    for (const id of seriesSessions) {
      const row = await sessionRow(id);
      const jobs = await reminderJobs(id);
      expect(jobs.map((j) => j.id)).toEqual([reminderJobId(id, row.startsAt)]);
      expect(jobs[0].startAfter.getTime()).toBe(row.startsAt.getTime() - REMINDER_LEAD_MS);
    }
  });
});

describe("moving a session", () => {
  it("sends an update with the same UID and a higher SEQUENCE, and re-plans the reminder once", async () => {
    const id = seriesSessions[1];
    const before = await sessionRow(id);
    const moved = await moveSession(world.facilitator.scope, { sessionId: id, date: "2027-03-23", time: "20:00", scope: "one" });
    expect(moved).toEqual([{ id, startsAt: new Date("2027-03-23T19:00:00Z"), icsSequence: 1 }]);
    // Moving it to where it already is changes nothing and plans nothing.
    expect(await moveSession(world.facilitator.scope, { sessionId: id, date: "2027-03-23", time: "20:00", scope: "one" })).toEqual([]);

    const updates = await renderedEmails(world.organizationId, "session-update");
    expect(updates).toHaveLength(4);
    for (const email of updates) {
      const ics = parseIcs(String(email.attachments[0].content));
      expect(ics.method).toBe("REQUEST");
      expect(ics.events[0]).toMatchObject({ uid: before.icsUid, sequence: 1, start: "2027-03-23T19:00:00.000Z" });
    }
    expect((await sessionRow(id)).status).toBe("moved");
    const jobs = await reminderJobs(id);
    expect(jobs.map((j) => j.id)).toEqual([reminderJobId(id, before.startsAt), reminderJobId(id, moved[0].startsAt)]);
  });

  it("the reminder for the old time sends nothing; the one for the new time reminds everyone once", async () => {
    const id = seriesSessions[1];
    const [oldJob, newJob] = await reminderJobs(id);
    await runReminder(id, new Date(oldJob.data.startsAt));
    expect(await renderedEmails(world.organizationId, "session-reminder")).toEqual([]);
    await runReminder(id, new Date(newJob.data.startsAt));
    await runReminder(id, new Date(newJob.data.startsAt));
    const reminders = await renderedEmails(world.organizationId, "session-reminder");
    expect(reminders).toHaveLength(4);
    expect(reminders.every((r) => r.attachments.length === 0 && r.html.includes("calendar.google.com"))).toBe(true);
  });

  it("moving a session and the ones after it shifts each by as much, at the new local time", async () => {
    const { sessionIds } = await createSeries(world.admin.scope, seriesInput({ title: "Mentoring", firstDate: "2027-03-16", count: 3 }));
    const moved = await moveSession(world.admin.scope, { sessionId: sessionIds[0], date: "2027-03-17", time: "08:30", scope: "following" });
    expect(moved.map((m) => m.startsAt.toISOString())).toEqual(["2027-03-17T07:30:00.000Z", "2027-03-24T07:30:00.000Z", "2027-03-31T06:30:00.000Z"]);
  });
});

describe("cancelling a session", () => {
  it("sends a CANCEL for the same UID and its reminder sends nothing", async () => {
    const id = seriesSessions[2];
    const before = await sessionRow(id);
    expect(await cancelSession(world.facilitator.scope, id)).toEqual({ icsSequence: 1 });
    await expect(cancelSession(world.facilitator.scope, id)).rejects.toMatchObject({ code: "conflict" });
    const cancels = await renderedEmails(world.organizationId, "session-cancelled");
    expect(cancels).toHaveLength(4);
    for (const email of cancels) {
      expect(email.attachments[0].contentType).toContain("method=CANCEL");
      const ics = parseIcs(String(email.attachments[0].content));
      expect(ics.method).toBe("CANCEL");
      expect(ics.events[0]).toMatchObject({ uid: before.icsUid, sequence: 1, status: "CANCELLED" });
    }
    const remindersBefore = (await renderedEmails(world.organizationId, "session-reminder")).length;
    await runReminder(id, before.startsAt);
    expect(await renderedEmails(world.organizationId, "session-reminder")).toHaveLength(remindersBefore);
    await expect(moveSession(world.facilitator.scope, { sessionId: id, date: "2027-04-01", time: "19:00", scope: "one" })).rejects.toMatchObject({ code: "conflict" });
  });
});
