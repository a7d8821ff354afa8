import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { matches, meetingParticipants, meetingSeries, meetings, mentorLoads, mentoringGoals } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { addClosingReflection, answerFitCheck } from "./check-ins";
import { endMatch } from "./end-match";
import { planFirstMeeting } from "./first-meeting";
import { createGoal, updateGoal } from "./goals";
import { addNote } from "./notes";
import { getPairView } from "./queries";
import { createPairWorld, type PairWorld } from "./test-fixtures";

let world: PairWorld;
const db = () => getDb();
const today = () => toZoned(new Date(), "Europe/Amsterdam").date;
const goal = (matchId: string, overrides: Record<string, unknown> = {}) => ({
  matchId,
  specific: "Run my first budget round without escalations",
  measurable: "No budget line escalated to the director",
  achievable: "I have done two rounds as deputy",
  relevant: "The team relies on it",
  dueDate: addDays(today(), 30),
  status: "notStarted" as const,
  progress: 0,
  ...overrides,
});
const loadOf = async (mentorEnrolmentId: string) => (await db().select().from(mentorLoads).where(eq(mentorLoads.mentorEnrolmentId, mentorEnrolmentId)))[0];
/** Moves the pair's first meeting into the past, as if it has been held. */
const startMeeting = (sessionId: string) => db().update(meetings).set({ startsAt: sql`now() - interval '1 hour'` }).where(eq(meetings.id, sessionId));

beforeAll(async () => {
  world = await createPairWorld();
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("the pair's goals and notes", () => {
  it("both people add and edit SMART goals; a new goal cannot be due in the past", async () => {
    const pair = await world.makePair();
    const created = await createGoal(pair.mentor.scope, goal(pair.matchId));
    expect(created.ok).toBe(true);
    const goalId = created.ok ? created.goalId : "";
    expect(await updateGoal(pair.mentee.scope, { ...goal(pair.matchId, { status: "onTrack", progress: 40, measurable: "At most one escalation" }), goalId })).toEqual({ ok: true, goalId });
    expect(await createGoal(pair.mentee.scope, goal(pair.matchId, { specific: "Delegate the weekly report", dueDate: addDays(today(), 7) }))).toMatchObject({ ok: true });
    expect(await createGoal(pair.mentee.scope, goal(pair.matchId, { dueDate: addDays(today(), -1) }))).toEqual({ ok: false, field: "dueDate", reason: "dueDateInPast" });

    for (const person of [pair.mentor, pair.mentee]) {
      const view = await getPairView(person.scope, pair.matchId);
      // Soonest due first.
      expect(view.goals.map((g) => g.specific)).toEqual(["Delegate the weekly report", "Run my first budget round without escalations"]);
      expect(view.goals[1]).toMatchObject({ status: "onTrack", progress: 40, measurable: "At most one escalation" });
    }
    const [row] = await db().select().from(mentoringGoals).where(eq(mentoringGoals.id, goalId));
    expect(row.createdByMembershipId).toBe(pair.mentor.membershipId);
  });

  it("both people add notes that both read, with author and time", async () => {
    const pair = await world.makePair();
    await addNote(pair.mentee.scope, { matchId: pair.matchId, body: "Our first talk: the budget round." });
    await addNote(pair.mentor.scope, { matchId: pair.matchId, body: "Next time: the escalation with finance." });
    const mentorView = await getPairView(pair.mentor.scope, pair.matchId);
    expect(mentorView.notes.map((n) => [n.body, n.authorName, n.mine])).toEqual([
      ["Next time: the escalation with finance.", pair.mentor.name, true],
      ["Our first talk: the budget round.", pair.mentee.name, false],
    ]);
    expect((await getPairView(pair.mentee.scope, pair.matchId)).notes.map((n) => n.mine)).toEqual([false, true]);
  });
});

describe("the first meeting", () => {
  it("proposes times both can make in the next two weeks, plans one once, and invites both", async () => {
    const pair = await world.makePair();
    const view = await getPairView(pair.mentee.scope, pair.matchId);
    expect(view.meeting).toBeNull();
    expect(view.slots.length).toBeGreaterThan(0);
    expect(view.slots.length).toBeLessThanOrEqual(6);
    for (const slot of view.slots) {
      const t = new Date(slot).getTime();
      expect(t).toBeGreaterThan(Date.now());
      expect(t).toBeLessThanOrEqual(Date.now() + 14 * 86_400_000);
    }
    expect(view.me).toMatchObject({ name: pair.mentee.name, role: "mentee", email: pair.mentee.email, department: "Finance", languages: ["nl", "en"] });
    expect(view.me.topics).toEqual([{ slug: "finance", label: { nl: "financiën", en: "finance" } }]);

    const { sessionId } = await planFirstMeeting(pair.mentee.scope, { matchId: pair.matchId, startsAt: view.slots[0] });
    const [series] = await db().select().from(meetingSeries).where(and(eq(meetingSeries.ownerType, "match"), eq(meetingSeries.ownerId, pair.matchId)));
    expect(series).toMatchObject({ sessionCount: 1, organizerMembershipId: pair.mentee.membershipId, durationMinutes: 60 });
    const participants = await db().select().from(meetingParticipants).where(eq(meetingParticipants.sessionId, sessionId));
    expect(participants.map((p) => p.membershipId).sort()).toEqual([pair.mentor.membershipId, pair.mentee.membershipId].sort());
    const [session] = await db().select().from(meetings).where(eq(meetings.id, sessionId));
    expect(session.startsAt.toISOString()).toBe(view.slots[0]);

    const invitations = (await renderedEmails(world.organizationId, "session-invitation")).filter((e) => e.idempotencyKey.startsWith(`session-invitation:${series.id}`));
    expect(invitations.map((e) => [e.to, e.locale]).sort()).toEqual([[pair.mentee.email, "nl"], [pair.mentor.email, "en"]].sort());
    expect(invitations.every((e) => e.attachments.length === 1)).toBe(true);

    // Either person, a second time: refused with a clear message, nothing more planned.
    await expect(planFirstMeeting(pair.mentor.scope, { matchId: pair.matchId, startsAt: view.slots[1] ?? view.slots[0] })).rejects.toMatchObject({ code: "conflict", messageKey: "pair.errors.alreadyPlanned" });
    expect(await db().select().from(meetingSeries).where(eq(meetingSeries.ownerId, pair.matchId))).toHaveLength(1);
    const after = await getPairView(pair.mentor.scope, pair.matchId);
    expect(after.meeting).toMatchObject({ id: sessionId, status: "scheduled" });
    expect(after.slots).toEqual([]);
  });

  it("plans one meeting when both click at the same time", async () => {
    const pair = await world.makePair();
    const [slot] = (await getPairView(pair.mentor.scope, pair.matchId)).slots;
    const results = await Promise.allSettled([pair.mentor, pair.mentee].map((p) => planFirstMeeting(p.scope, { matchId: pair.matchId, startsAt: slot })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().select().from(meetingSeries).where(eq(meetingSeries.ownerId, pair.matchId))).toHaveLength(1);
  });

  it("refuses a time that is not one both can make, and says when availability is missing", async () => {
    const pair = await world.makePair({ mentee: { availability: ["mon-08"] } });
    const earlyMorning = new Date(Date.now() + 3 * 86_400_000);
    earlyMorning.setUTCHours(3, 0, 0, 0);
    await expect(planFirstMeeting(pair.mentor.scope, { matchId: pair.matchId, startsAt: earlyMorning.toISOString() })).rejects.toMatchObject({ messageKey: "pair.errors.slotGone" });

    const empty = await world.makePair({ mentee: { availability: [] } });
    const view = await getPairView(empty.mentor.scope, empty.matchId);
    expect(view.slots).toEqual([]);
    expect(view.me.hasAvailability).toBe(true);
    expect(view.other.hasAvailability).toBe(false);
  });
});

describe("the fit check", () => {
  it("opens when the first meeting has started, takes one answer per person, and keeps each answer with its giver", async () => {
    const pair = await world.makePair();
    await expect(answerFitCheck(pair.mentor.scope, { matchId: pair.matchId, answer: "goodFit", text: null })).rejects.toMatchObject({ messageKey: "pair.errors.fitCheckNotYet" });
    const [slot] = (await getPairView(pair.mentor.scope, pair.matchId)).slots;
    const { sessionId } = await planFirstMeeting(pair.mentor.scope, { matchId: pair.matchId, startsAt: slot });
    await expect(answerFitCheck(pair.mentor.scope, { matchId: pair.matchId, answer: "goodFit", text: null })).rejects.toMatchObject({ messageKey: "pair.errors.fitCheckNotYet" });
    expect((await getPairView(pair.mentor.scope, pair.matchId)).fitCheck).toEqual({ open: false, mine: null });
    await startMeeting(sessionId);

    expect((await getPairView(pair.mentor.scope, pair.matchId)).fitCheck).toEqual({ open: true, mine: null });
    await answerFitCheck(pair.mentor.scope, { matchId: pair.matchId, answer: "goodFit", text: null });
    await expect(answerFitCheck(pair.mentor.scope, { matchId: pair.matchId, answer: "newMatch", text: null })).rejects.toMatchObject({ messageKey: "pair.errors.alreadyAnswered" });
    expect((await getPairView(pair.mentor.scope, pair.matchId)).fitCheck.mine).toEqual({ goodFit: true, text: null });

    await answerFitCheck(pair.mentee.scope, { matchId: pair.matchId, answer: "newMatch", text: "We clash about everything." });
    // The answer alone tells nobody: the admins hear of a re-match when it is asked (rematch.test.ts).
    expect((await renderedEmails(world.organizationId, "rematch-requested")).filter((e) => e.idempotencyKey.includes(pair.matchId))).toEqual([]);
    expect((await getPairView(pair.mentee.scope, pair.matchId)).fitCheck.mine).toEqual({ goodFit: false, text: "We clash about everything." });
    // The other person does not see the answer.
    expect(JSON.stringify(await getPairView(pair.mentor.scope, pair.matchId))).not.toContain("clash");
  });
});

describe("ending the mentorship", () => {
  it("ends once: status, the mentor's load, the closing reflection and an email to both in their language", async () => {
    const pair = await world.makePair();
    await createGoal(pair.mentor.scope, goal(pair.matchId));
    await addNote(pair.mentor.scope, { matchId: pair.matchId, body: "Good start." });
    expect(await loadOf(pair.mentorEnrolmentId)).toMatchObject({ acceptedCount: 1 });
    const { sessionId } = await planFirstMeeting(pair.mentee.scope, { matchId: pair.matchId, startsAt: (await getPairView(pair.mentee.scope, pair.matchId)).slots[0] });

    await endMatch(pair.mentee.scope, { matchId: pair.matchId, confirm: "yes", text: "I learnt to say no." });

    // The meeting still to come is cancelled, and both calendars get the cancellation.
    const [meeting] = await db().select().from(meetings).where(eq(meetings.id, sessionId));
    expect(meeting.status).toBe("cancelled");
    const cancellations = (await renderedEmails(world.organizationId, "session-cancelled")).filter((e) => e.idempotencyKey.startsWith(`session-cancelled:${sessionId}`));
    expect(cancellations.map((e) => e.to).sort()).toEqual([pair.mentee.email, pair.mentor.email].sort());

    const [row] = await db().select().from(matches).where(eq(matches.id, pair.matchId));
    expect(row).toMatchObject({ status: "ended", endedByMembershipId: pair.mentee.membershipId });
    expect(row.endedAt).not.toBeNull();
    expect(await loadOf(pair.mentorEnrolmentId)).toMatchObject({ acceptedCount: 0 });
    const emails = (await renderedEmails(world.organizationId, "match-ended")).filter((e) => e.idempotencyKey.includes(pair.matchId));
    expect(emails.map((e) => [e.to, e.locale]).sort()).toEqual([[pair.mentee.email, "nl"], [pair.mentor.email, "en"]].sort());
    expect(emails.find((e) => e.to === pair.mentor.email)!.subject).toBe(`${pair.mentee.name} ended your mentorship`);
    expect(emails.find((e) => e.to === pair.mentee.email)!.subject).toBe(`Je hebt je mentortraject met ${pair.mentor.name} afgerond`);
    for (const email of emails) {
      expect(email.text).toContain(`/matches/${pair.matchId}`);
      expect(email.text).not.toContain("say no");
    }

    // A second end, and every write but the closing reflection, is refused; nothing is lost.
    await expect(endMatch(pair.mentor.scope, { matchId: pair.matchId, confirm: "yes", text: null })).rejects.toMatchObject({ messageKey: "pair.errors.ended" });
    expect(await loadOf(pair.mentorEnrolmentId)).toMatchObject({ acceptedCount: 0 });
    const ended = { messageKey: "pair.errors.ended" };
    await expect(createGoal(pair.mentor.scope, goal(pair.matchId))).rejects.toMatchObject(ended);
    await expect(addNote(pair.mentor.scope, { matchId: pair.matchId, body: "late" })).rejects.toMatchObject(ended);
    await expect(answerFitCheck(pair.mentor.scope, { matchId: pair.matchId, answer: "goodFit", text: null })).rejects.toMatchObject(ended);
    await expect(planFirstMeeting(pair.mentor.scope, { matchId: pair.matchId, startsAt: new Date(Date.now() + 86_400_000).toISOString() })).rejects.toMatchObject(ended);

    const view = await getPairView(pair.mentor.scope, pair.matchId);
    expect(view).toMatchObject({ status: "ended", slots: [], closing: { mine: null, other: "I learnt to say no." } });
    expect(view.goals).toHaveLength(1);
    expect(view.notes).toHaveLength(1);
    await expect(updateGoal(pair.mentor.scope, { ...goal(pair.matchId), goalId: view.goals[0].id })).rejects.toMatchObject(ended);

    await addClosingReflection(pair.mentor.scope, { matchId: pair.matchId, text: "Proud of the budget round." });
    await expect(addClosingReflection(pair.mentor.scope, { matchId: pair.matchId, text: "Again" })).rejects.toMatchObject({ messageKey: "pair.errors.alreadyReflected" });
    expect((await getPairView(pair.mentee.scope, pair.matchId)).closing).toEqual({ mine: "I learnt to say no.", other: "Proud of the budget round." });
  });

  it("both ending at once lowers the mentor's load by exactly one", async () => {
    const pair = await world.makePair();
    const second = await world.add("second-mentee");
    // The same mentor with a second accepted mentee: the load goes 2 → 1, never 0.
    const [enrolment] = await db().execute<{ id: string }>(
      sql`insert into enrolments (organization_id, programme_id, membership_id, role) values (${world.organizationId}, ${world.programmeId}, ${second.membershipId}, 'mentee') returning id`,
    );
    await db().insert(matches).values({ organizationId: world.organizationId, programmeId: world.programmeId, mentorEnrolmentId: pair.mentorEnrolmentId, menteeEnrolmentId: enrolment.id, score: 0.5, status: "accepted" });
    await db().update(mentorLoads).set({ acceptedCount: 2 }).where(eq(mentorLoads.mentorEnrolmentId, pair.mentorEnrolmentId));

    const results = await Promise.allSettled([pair.mentor, pair.mentee].map((p) => endMatch(p.scope, { matchId: pair.matchId, confirm: "yes", text: null })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await loadOf(pair.mentorEnrolmentId)).toMatchObject({ acceptedCount: 1 });
  });
});
