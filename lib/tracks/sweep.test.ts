import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { enrolments, learningTrackCompletions, learningTrackReminders } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { dueOf } from "./core/progress";
import { sweepTracks } from "./sweep";
import { createTrackWorld, insertTrack, type TrackWorld } from "./test-fixtures";

// The overdue reminders, driven by explicit times: one email per person and step, in the reader's language,
// never for a step they have done, never twice however often (or however many at once) the sweep runs.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let world: TrackWorld;
let stepIds: string[];
const sweep = (at: number) => sweepTracks(new Date(at), { programmeId: world.programmeId });
const dueAt = (week: number) => dueOf(world.startsOn, week, "Europe/Amsterdam")!.dueAt.getTime();

beforeAll(async () => {
  world = await createTrackWorld();
  ({ stepIds } = await insertTrack(world.organizationId, world.programmeId, world.startsOn, [
    { kind: "reading", dueWeek: 1, title: { nl: "Lees het artikel over luisteren", en: "Read the article on listening" } },
    { kind: "session", dueWeek: 2, title: { nl: "Je eerste intervisiesessie", en: "Your first co-development session" } },
    { kind: "reflection", dueWeek: 3, title: { nl: "Wat neem je mee?", en: "What do you take away?" } },
    { kind: "conversation" },
  ]));
  // p3 read it in time; p1 was at the first session (a week after the start).
  await getDb().insert(learningTrackCompletions).values({ organizationId: world.organizationId, stepId: stepIds[0], membershipId: world.p3.membershipId, doneAt: new Date(dueAt(1) - DAY) });
  await world.recordAttendance(0, world.p1, "attended");
});

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("the learning tracks' overdue sweep", () => {
  it("sends nothing before a step falls due", async () => {
    expect(await sweep(dueAt(1) - 1)).toEqual({ reminded: 0 });
    expect(await renderedEmails(world.organizationId, "track-step-overdue")).toEqual([]);
  });

  it("reminds everyone who has not done an overdue step, once, each in their language, with the link to their track", async () => {
    // p3 read it; the group's facilitator, enrolled to lead the sessions, does not walk the track.
    expect(await sweep(dueAt(1) + HOUR)).toEqual({ reminded: 2 });
    const emails = await renderedEmails(world.organizationId, "track-step-overdue");
    expect(emails.map((e) => [e.to, e.locale]).sort()).toEqual(
      [
        [world.p1.email, "en"],
        [world.p2.email, "nl"],
      ].sort(),
    );
    const dutch = emails.find((e) => e.to === world.p2.email)!;
    expect(dutch.subject).toBe("Nog te doen in je leerpad: “Lees het artikel over luisteren”");
    expect(dutch.text).toContain("Vink het dan af");
    const english = emails.find((e) => e.to === world.p1.email)!;
    expect(english.subject).toBe("Still to do on your learning track: “Read the article on listening”");
    expect(english.text).toContain(`/programmes/${world.programmeId}/track`);
    expect(english.text).toContain(`Intervision`);

    // Again, later the same week, and two sweeps at once: nothing more.
    expect(await sweep(dueAt(1) + 2 * HOUR)).toEqual({ reminded: 0 });
    const twice = await Promise.all([sweep(dueAt(1) + 3 * DAY), sweep(dueAt(1) + 3 * DAY)]);
    expect(twice.reduce((n, r) => n + r.reminded, 0)).toBe(0);
    expect(await renderedEmails(world.organizationId, "track-step-overdue")).toHaveLength(2);
  });

  it("counts a recorded attendance as done: who was at a session is not reminded of it", async () => {
    const before = (await renderedEmails(world.organizationId, "track-step-overdue")).length;
    expect(await sweep(dueAt(2) + HOUR)).toEqual({ reminded: 2 });
    const session = (await renderedEmails(world.organizationId, "track-step-overdue")).filter((e) => e.subject.includes("session") || e.subject.includes("intervisiesessie"));
    expect(session.map((e) => e.to).sort()).toEqual([world.p2.email, world.p3.email].sort());
    expect(session.find((e) => e.to === world.p3.email)!.text).toContain("as soon as your attendance at a session of your group is recorded");
    expect((await renderedEmails(world.organizationId, "track-step-overdue")).length).toBe(before + 2);
    // p1's step, done by the attendance, is settled without an email: the next sweep's candidates leave them out.
    const settled = await getDb().select().from(learningTrackReminders).where(and(eq(learningTrackReminders.stepId, stepIds[1]), eq(learningTrackReminders.membershipId, world.p1.membershipId)));
    expect(settled).toHaveLength(1);
  });

  it("leaves out whoever withdrew, and a step long overdue (a late start or a late step sends no pile of reminders)", async () => {
    await getDb().update(enrolments).set({ status: "withdrawn" }).where(and(eq(enrolments.programmeId, world.programmeId), eq(enrolments.membershipId, world.p2.membershipId)));
    // Two weeks and more after the reflection fell due: too late to remind anyone of it.
    expect(await sweep(dueAt(3) + 15 * DAY)).toEqual({ reminded: 0 });
    expect(await sweep(dueAt(3) + HOUR)).toEqual({ reminded: 2 });
    const reminded = await getDb().select({ membershipId: learningTrackReminders.membershipId }).from(learningTrackReminders).where(eq(learningTrackReminders.stepId, stepIds[2]));
    expect(reminded.map((r) => r.membershipId).sort()).toEqual([world.p1.membershipId, world.p3.membershipId].sort());
  });

  it("keeps to its scope: this programme's sweep leaves another programme's track alone", async () => {
    const mentoringId = await world.mentoringProgramme();
    await insertTrack(world.organizationId, mentoringId, world.startsOn, [{ kind: "session", dueWeek: 1, title: { nl: "Eerste gesprek", en: "First meeting" } }]);
    const before = (await renderedEmails(world.organizationId, "track-step-overdue")).length;
    expect(await sweep(dueAt(1) + 2 * DAY)).toEqual({ reminded: 0 });
    expect(await sweepTracks(new Date(dueAt(1) + 2 * DAY), { organizationId: world.otherOrganizationId })).toEqual({ reminded: 0 });
    expect((await renderedEmails(world.organizationId, "track-step-overdue")).length).toBe(before);
    // Its own sweep reminds its mentee, who ticks a pair's meeting off themselves.
    expect(await sweepTracks(new Date(dueAt(1) + 2 * DAY), { programmeId: mentoringId })).toEqual({ reminded: 1 });
    const [email] = (await renderedEmails(world.organizationId, "track-step-overdue")).filter((e) => e.subject.includes("First meeting"));
    expect(email).toMatchObject({ to: world.p1.email, locale: "en" });
    expect(email.text).toContain("Have the two of you met?");
  });
});
