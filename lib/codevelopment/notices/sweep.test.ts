import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { codevSessionNotices, meetingParticipants, meetings } from "@/db/schema";
import { renderStoredEmail } from "@/lib/registry/email-templates";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { addActionItem } from "../actions";
import { markCaseReady, saveCase } from "../cases";
import { createCodevWorld, storedEmails, type CodevWorld } from "../session-fixtures";
import { sweepCodevelopment } from "./sweep";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const none = { casePrep: 0, caseReady: 0, caseLate: 0, actionsReminder: 0, feedback: 0 };

let world: CodevWorld;
let start: number;
const scope = () => ({ programmeId: world.programmeId });
const sweep = (at: number) => sweepCodevelopment(new Date(at), scope());
const ref = (i = 0) => ({ groupId: world.groupId, sessionId: world.sessions[i].id });
const CASE = { title: "Sweep-secret title 7f3a", context: "A team that does not talk.", tried: "One-to-ones", question: "How do I get my sweep-secret question 9c2e answered?", helpWanted: "Ideas" };

beforeAll(async () => {
  world = await createCodevWorld();
  start = world.sessions[0].startsAt.getTime();
});

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("the co-development sweep, driven by explicit times", () => {
  it("asks the presenter to prepare the case casePrepDays before, once, in their language, with the link", async () => {
    expect(await sweep(start - 8 * DAY)).toEqual(none);
    expect(await sweep(start - 7 * DAY + HOUR)).toEqual({ ...none, casePrep: 1 });
    expect(await sweep(start - 7 * DAY + 2 * HOUR)).toEqual(none);

    const emails = await renderedEmails(world.organizationId, "codev-case-prep");
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: world.p1.email, locale: "en" });
    expect(emails[0].subject).toContain("Your turn");
    expect(emails[0].text).toContain(`/groups/${world.groupId}/sessions/${world.sessions[0].id}/case`);
    expect(emails[0].text).toContain("Room 2");
  });

  it("tells the presenter and the facilitator three days before when the case is not ready", async () => {
    await saveCase(world.p1.scope, { ...ref(), ...CASE });
    expect(await sweep(start - 3 * DAY + HOUR)).toEqual({ ...none, caseLate: 1 });
    const emails = await renderedEmails(world.organizationId, "codev-case-late");
    expect(emails.map((e) => [e.to, e.locale]).sort()).toEqual(
      [
        [world.facilitator.email, "nl"],
        [world.p1.email, "en"],
      ].sort(),
    );
    const toFacilitator = emails.find((e) => e.to === world.facilitator.email)!;
    expect(toFacilitator.subject).toContain("nog niet klaar");
    expect(toFacilitator.subject).toContain(world.p1.name);
    expect(await sweep(start - 3 * DAY + 2 * HOUR)).toEqual(none);
  });

  it("tells the group the case is ready two days before (or as soon as it is ready after that), not the presenter", async () => {
    expect(await sweep(start - 2 * DAY + HOUR)).toEqual(none);
    await markCaseReady(world.facilitator.scope, ref());
    expect(await sweep(start - 2 * DAY + 2 * HOUR)).toEqual({ ...none, caseReady: 1 });
    const emails = await renderedEmails(world.organizationId, "codev-case-ready");
    expect(emails.map((e) => e.to).sort()).toEqual([world.facilitator.email, world.p2.email, world.p3.email].sort());
    const dutch = emails.find((e) => e.to === world.p2.email)!;
    expect(dutch.locale).toBe("nl");
    expect(dutch.subject).toContain("staat klaar");
    expect(dutch.text).toContain(`/groups/${world.groupId}/sessions/${world.sessions[0].id}/case`);
    expect(await sweep(start - 2 * DAY + 3 * HOUR)).toEqual(none);
  });

  it("asks for feedback once the session is over, not from those who were absent or excused", async () => {
    await getDb()
      .update(meetingParticipants)
      .set({ attendance: "absent" })
      .where(and(eq(meetingParticipants.sessionId, world.sessions[0].id), eq(meetingParticipants.membershipId, world.p3.membershipId)));
    expect(await sweep(start + HOUR)).toEqual(none);
    expect(await sweep(start + 2 * HOUR + 60_000)).toEqual({ ...none, feedback: 1 });
    const emails = await renderedEmails(world.organizationId, "codev-feedback");
    expect(emails.map((e) => e.to).sort()).toEqual([world.facilitator.email, world.p1.email, world.p2.email].sort());
    expect(emails[0].text).toContain(`/sessions/${world.sessions[0].id}/feedback`);
  });

  it("reminds the previous presenter of their open actions before the next session, with the link to them", async () => {
    await addActionItem(world.p1.scope, { ...ref(0), description: "Sweep-secret action b81d", dueDate: null });
    await addActionItem(world.p1.scope, { ...ref(0), description: "Another action", dueDate: "2030-01-01" });
    const next = world.sessions[1].startsAt.getTime();
    // The next session's presenter is asked to prepare at the same sweep (a week before is long past).
    expect(await sweep(next - 2 * DAY + HOUR)).toEqual({ ...none, casePrep: 1, actionsReminder: 1 });
    const [reminder] = await renderedEmails(world.organizationId, "codev-actions-reminder");
    expect(reminder).toMatchObject({ to: world.p1.email, locale: "en" });
    expect(reminder.text).toContain("2 actions");
    expect(reminder.text).toContain(`/groups/${world.groupId}/sessions/${world.sessions[0].id}/run`);
    const [prep] = (await renderedEmails(world.organizationId, "codev-case-prep")).filter((e) => e.to === world.p2.email);
    expect(prep.locale).toBe("nl");
  });

  it("sends nothing for a cancelled session, and nothing for another programme", async () => {
    await getDb().update(meetings).set({ status: "cancelled" }).where(eq(meetings.id, world.sessions[2].id));
    const third = world.sessions[2].startsAt.getTime();
    expect(await sweep(third - 7 * DAY + HOUR)).toEqual(none);
    const notices = await getDb().select().from(codevSessionNotices).where(eq(codevSessionNotices.sessionId, world.sessions[2].id));
    expect(notices).toEqual([]);

    const elsewhere = await createCodevWorld();
    expect(await sweepCodevelopment(new Date(elsewhere.sessions[0].startsAt.getTime() - 7 * DAY + HOUR), { programmeId: world.programmeId })).toEqual(none);
    expect(await storedEmails(elsewhere.organizationId)).toEqual([]);
  });

  it("never puts the case, or anything else the group wrote, in an email", async () => {
    const rows = await storedEmails(world.organizationId);
    expect(rows.length).toBeGreaterThan(5);
    const secrets = [CASE.title, CASE.question, "sweep-secret", "Sweep-secret"];
    for (const row of rows) {
      const rendered = await renderStoredEmail(row);
      for (const part of [JSON.stringify(row.props), rendered.subject, rendered.html, rendered.text]) {
        for (const secret of secrets) expect(part).not.toContain(secret);
      }
    }
  });
});
