import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { matchMeetingProposals, meetingParticipants, meetings, memberships } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { closeProducer } from "@/lib/jobs/boss";
import { getTranslator } from "@/lib/i18n/translate";
import { scorePair, type ScoreFactor } from "@/lib/matching";
import { readMentoringSettings } from "@/lib/mentoring/core/criteria";
import { buildEngineInput } from "@/lib/mentoring/core/engine-input";
import { explainFactor } from "@/lib/mentoring/core/explain";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { addDays } from "@/lib/scheduling/time/local-date";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import { testSession } from "@/lib/testing/request-mocks";
import { acceptProposal, cancelPairMeeting, movePairMeeting, proposeMeeting, recordPairAttendance } from "./meetings";
import { getPairView } from "./queries";
import { createPairWorld, pairSnapshot, type PairTestPerson, type PairWorld, type TestPair } from "./test-fixtures";

// The pair's own planning: a time proposed by hand, accepted or answered with another, moved, cancelled,
// attendance recorded. Only the two of them may; nobody else, admins included; bad input writes nothing.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const actions = await import("@/app/(app)/matches/[id]/actions");

let world: PairWorld;
const db = () => getDb();
const AMS = "Europe/Amsterdam";
const NYC = "America/New_York";
/** A weekday three days from now on the person's clock, well inside any horizon. */
const dayAhead = (zone: string, days = 3) => addDays(toZoned(new Date(), zone).date, days);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
const signIn = (person: PairTestPerson) => {
  session.userId = person.userId;
};
const proposals = (matchId: string) => db().select().from(matchMeetingProposals).where(eq(matchMeetingProposals.matchId, matchId)).orderBy(matchMeetingProposals.createdAt);
const snapshot = async (pair: TestPair) => JSON.stringify([await pairSnapshot(world.organizationId, pair.matchId, pair.mentorEnrolmentId), await proposals(pair.matchId)]);
/** A pair across the Atlantic: the mentor in Amsterdam, the mentee in New York. */
const crossZonePair = (availability?: { mentor: string[]; mentee: string[] }) =>
  world.makePair({ mentor: { timeZone: AMS, locale: "en", availability: availability?.mentor }, mentee: { timeZone: NYC, locale: "nl", availability: availability?.mentee } });

beforeAll(async () => {
  world = await createPairWorld();
});
beforeEach(() => {
  session.userId = null;
});
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

describe("one computation of common time", () => {
  it("the matching explanation and the pair's space give an Amsterdam–New York pair the same hours", async () => {
    const weekly = ["mon", "tue", "wed", "thu", "fri"].flatMap((d) => [`${d}-09`, `${d}-10`, `${d}-11`, `${d}-15`, `${d}-16`]);
    const pair = await crossZonePair({ mentor: weekly, mentee: weekly });
    const at = new Date();
    const view = await getPairView(pair.mentee.scope, pair.matchId);
    const profiles = await db().select().from(memberships).where(sql`${memberships.id} in (${pair.mentor.membershipId}, ${pair.mentee.membershipId})`);
    const settings = readMentoringSettings({});
    const input = buildEngineInput({
      enrolments: [
        { id: "mentor", membershipId: pair.mentor.membershipId, role: "mentor", answers: {}, capacity: 1 },
        { id: "mentee", membershipId: pair.mentee.membershipId, role: "mentee", answers: {}, capacity: null },
      ],
      profiles: profiles.map((p) => ({ ...p, managerMembershipId: p.managerMembershipId })),
      settings, earlierPairs: [], at, defaultTimeZone: AMS,
    });
    const shared = scorePair(input.mentors[0], input.mentees[0], settings.criteria).factors.find((f) => f.code === "sharedAvailability") as Extract<ScoreFactor, { code: "sharedAvailability" }>;
    // Only 15:00 and 16:00 in Amsterdam are 09:00 and 10:00 in New York (or 10:00 and 11:00 when only one side is on summer time).
    expect(view.commonHours).toBeGreaterThan(0);
    expect(shared.slots).toHaveLength(view.commonHours);
    expect(explainFactor(shared, { t: getTranslator("en", "mentoring"), locale: "en", topicLabel: (s) => s })).toBe(`${view.commonHours} free hours in common over two weeks`);
    // Each proposed time is one both can make: on the mentee's clock in the morning, on the mentor's in the afternoon.
    for (const slot of view.slots) {
      expect(["09", "10", "11"]).toContain(toZoned(new Date(slot), NYC).time.slice(0, 2));
      expect(["15", "16"]).toContain(toZoned(new Date(slot), AMS).time.slice(0, 2));
    }
  });
});

describe("one source for a mentee's topics", () => {
  it("/matches and the pair's space show the topics chosen at enrolment, else the profile's", async () => {
    const pair = await crossZonePair();
    const { listMyMatches } = await import("@/lib/mentoring/respond");
    const topicsOnMatches = async () => (await listMyMatches(pair.mentor.scope)).asMentor.find((m) => m.id === pair.matchId)!.topics;
    const topicsInSpace = async () => (await getPairView(pair.mentor.scope, pair.matchId)).other.topics.map((t) => t.slug);
    // Nothing chosen at enrolment: the profile's.
    expect(await topicsOnMatches()).toEqual(["finance"]);
    expect(await topicsInSpace()).toEqual(["finance"]);
    await db().execute(sql`update enrolments set answers = '{"topics": ["hr", "strategy"]}'::jsonb from matches where matches.id = ${pair.matchId} and enrolments.id = matches.mentee_enrolment_id`);
    expect(await topicsOnMatches()).toEqual(["hr", "strategy"]);
    expect(await topicsInSpace()).toEqual(["hr", "strategy"]);
  });
});

describe("a pair plans its own meeting", () => {
  it("one proposes on their own clock, the other accepts: a planned meeting, invitations with ICS on each clock", async () => {
    const pair = await crossZonePair();
    const date = dayAhead(NYC);
    signIn(pair.mentee);
    expect(await actions.proposeMeetingAction(null, form({ matchId: pair.matchId, date, time: "10:00", durationMinutes: "45" }))).toEqual({ ok: true });
    const [proposal] = await proposals(pair.matchId);
    expect(proposal).toMatchObject({ status: "open", proposedByMembershipId: pair.mentee.membershipId, timeZone: NYC, durationMinutes: 45 });
    expect(toZoned(proposal.startsAt, NYC)).toMatchObject({ date, time: "10:00" });

    // The mentor is told in English, on the Amsterdam clock (16:00 or 15:00), with the zone left unnamed: it is the organisation's.
    const [asked] = await renderedEmails(world.organizationId, "pair-meeting-proposed");
    expect(asked.to).toBe(pair.mentor.email);
    expect(asked.subject).toContain(`${pair.mentee.name} proposes a time to meet`);
    expect(asked.text).toContain(toZoned(proposal.startsAt, AMS).time);
    expect(asked.text).not.toContain("Europe/Amsterdam");

    // The proposer cannot accept their own time; the other can.
    await expect(acceptProposal(pair.mentee.scope, { matchId: pair.matchId, proposalId: proposal.id })).rejects.toMatchObject({ code: "invalid" });
    signIn(pair.mentor);
    expect(await actions.acceptProposalAction(null, form({ matchId: pair.matchId, proposalId: proposal.id }))).toEqual({ ok: true });
    const view = await getPairView(pair.mentor.scope, pair.matchId);
    expect(view.proposal).toBeNull();
    expect(view.upcoming.map((s) => s.startsAt.toISOString())).toEqual([proposal.startsAt.toISOString()]);
    expect((await proposals(pair.matchId))[0]).toMatchObject({ status: "accepted", sessionId: view.upcoming[0].id });

    const invitations = (await renderedEmails(world.organizationId, "session-invitation")).filter((e) => [pair.mentor.email, pair.mentee.email].includes(e.to));
    expect(invitations.map((e) => e.to).sort()).toEqual([pair.mentor.email, pair.mentee.email].sort());
    const toMentee = invitations.find((e) => e.to === pair.mentee.email)!;
    const toMentor = invitations.find((e) => e.to === pair.mentor.email)!;
    expect(toMentee.subject).toMatch(/^Mentorgesprek gepland: /);
    expect(toMentee.text).toContain(`${pair.mentee.name} heeft jullie mentorgesprek gepland`);
    expect(toMentee.text).toMatch(/10:00\s*[–-]\s*10:45/);
    expect(toMentee.text).toContain("America/New_York");
    expect(toMentor.text).toContain(`${pair.mentee.name} planned your mentoring meeting`);
    expect(toMentor.text).toContain(toZoned(proposal.startsAt, AMS).time);
    for (const email of [toMentee, toMentor]) expect(email.attachments.map((a) => a.contentType)).toEqual(["text/calendar; charset=utf-8; method=REQUEST"]);
  });

  it("the other suggests another time: it replaces the first, the proposer is told, and accepts it", async () => {
    const pair = await crossZonePair();
    await proposeMeeting(pair.mentor.scope, { matchId: pair.matchId, date: dayAhead(AMS), time: "09:00", durationMinutes: 60 });
    const counter = await proposeMeeting(pair.mentee.scope, { matchId: pair.matchId, date: dayAhead(NYC, 4), time: "11:30", durationMinutes: 60 });
    expect(counter.ok).toBe(true);
    expect((await proposals(pair.matchId)).map((p) => p.status)).toEqual(["replaced", "open"]);
    const toMentor = (await renderedEmails(world.organizationId, "pair-meeting-proposed")).filter((e) => e.to === pair.mentor.email);
    expect(toMentor.at(-1)!.subject).toContain("suggests another time");
    const open = (await getPairView(pair.mentor.scope, pair.matchId)).proposal!;
    expect(open).toMatchObject({ proposedByMe: false, proposerName: pair.mentee.name });
    await acceptProposal(pair.mentor.scope, { matchId: pair.matchId, proposalId: open.id });
    // The replaced proposal cannot be accepted any more.
    const [first] = await proposals(pair.matchId);
    await expect(acceptProposal(pair.mentee.scope, { matchId: pair.matchId, proposalId: first.id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("either moves the meeting (on their own clock) or cancels it; both are told", async () => {
    const pair = await crossZonePair();
    await proposeMeeting(pair.mentor.scope, { matchId: pair.matchId, date: dayAhead(AMS), time: "15:00", durationMinutes: 60 });
    const { sessionId } = await acceptProposal(pair.mentee.scope, { matchId: pair.matchId, proposalId: (await proposals(pair.matchId))[0].id });
    signIn(pair.mentee);
    const date = dayAhead(NYC, 5);
    expect(await actions.movePairMeetingAction(null, form({ matchId: pair.matchId, sessionId, date, time: "08:15" }))).toEqual({ ok: true });
    const [moved] = await db().select().from(meetings).where(eq(meetings.id, sessionId));
    expect(toZoned(moved.startsAt, NYC)).toMatchObject({ date, time: "08:15" });
    expect(moved).toMatchObject({ status: "moved", icsSequence: 1 });
    const updates = (await renderedEmails(world.organizationId, "session-update")).filter((e) => [pair.mentor.email, pair.mentee.email].includes(e.to));
    expect(updates).toHaveLength(2);
    expect(updates.find((e) => e.to === pair.mentor.email)!.text).toContain(`${pair.mentee.name} moved your mentoring meeting`);

    signIn(pair.mentor);
    expect(await actions.cancelPairMeetingAction(null, form({ matchId: pair.matchId, sessionId }))).toEqual({ ok: true });
    expect((await db().select().from(meetings).where(eq(meetings.id, sessionId)))[0].status).toBe("cancelled");
    const cancelled = (await renderedEmails(world.organizationId, "session-cancelled")).filter((e) => e.to === pair.mentee.email);
    expect(cancelled.at(-1)!.text).toContain(`${pair.mentor.name} heeft jullie mentorgesprek afgezegd`);
    expect(await actions.cancelPairMeetingAction(null, form({ matchId: pair.matchId, sessionId }))).toMatchObject({ ok: false, error: "pair.errors.cancelled" });
  });

  it("records who came to a meeting that has started, not to one still to come", async () => {
    const pair = await crossZonePair();
    await proposeMeeting(pair.mentor.scope, { matchId: pair.matchId, date: dayAhead(AMS), time: "15:00", durationMinutes: 60 });
    const { sessionId } = await acceptProposal(pair.mentee.scope, { matchId: pair.matchId, proposalId: (await proposals(pair.matchId))[0].id });
    await expect(recordPairAttendance(pair.mentor.scope, { matchId: pair.matchId, sessionId, membershipId: pair.mentee.membershipId, attendance: "absent" })).rejects.toMatchObject({ code: "conflict" });
    await db().update(meetings).set({ startsAt: sql`now() - interval '2 hours'` }).where(eq(meetings.id, sessionId));
    signIn(pair.mentor);
    expect(await actions.recordPairAttendanceAction(null, form({ matchId: pair.matchId, sessionId, membershipId: pair.mentee.membershipId, attendance: "absent" }))).toEqual({ ok: true });
    expect(await actions.recordPairAttendanceAction(null, form({ matchId: pair.matchId, sessionId, membershipId: pair.mentor.membershipId, attendance: "attended" }))).toEqual({ ok: true });
    const rows = await db().select().from(meetingParticipants).where(eq(meetingParticipants.sessionId, sessionId));
    expect(Object.fromEntries(rows.map((r) => [r.membershipId, r.attendance]))).toEqual({ [pair.mentee.membershipId]: "absent", [pair.mentor.membershipId]: "attended" });
    const view = await getPairView(pair.mentee.scope, pair.matchId);
    expect(view.past[0].attendance).toEqual({ [pair.mentee.membershipId]: "absent", [pair.mentor.membershipId]: "attended" });
    // Someone outside the pair cannot be recorded.
    expect(await actions.recordPairAttendanceAction(null, form({ matchId: pair.matchId, sessionId, membershipId: world.member.membershipId, attendance: "attended" }))).toMatchObject({ ok: false });
  });
});

describe("nobody but the pair, and no bad input", () => {
  let pair: TestPair;
  let otherPair: TestPair;
  let proposalId: string;
  let sessionId: string;
  let otherSessionId: string;

  beforeAll(async () => {
    pair = await crossZonePair();
    otherPair = await crossZonePair();
    await proposeMeeting(pair.mentor.scope, { matchId: pair.matchId, date: dayAhead(AMS), time: "15:00", durationMinutes: 60 });
    ({ sessionId } = await acceptProposal(pair.mentee.scope, { matchId: pair.matchId, proposalId: (await proposals(pair.matchId))[0].id }));
    await proposeMeeting(pair.mentor.scope, { matchId: pair.matchId, date: dayAhead(AMS, 6), time: "15:00", durationMinutes: 60 });
    proposalId = (await proposals(pair.matchId)).find((p) => p.status === "open")!.id;
    await proposeMeeting(otherPair.mentor.scope, { matchId: otherPair.matchId, date: dayAhead(AMS), time: "16:00", durationMinutes: 60 });
    ({ sessionId: otherSessionId } = await acceptProposal(otherPair.mentee.scope, { matchId: otherPair.matchId, proposalId: (await proposals(otherPair.matchId))[0].id }));
  });

  const libCalls = (scope: MemberScope) => ({
    propose: () => proposeMeeting(scope, { matchId: pair.matchId, date: dayAhead(AMS, 7), time: "10:00", durationMinutes: 60 }),
    accept: () => acceptProposal(scope, { matchId: pair.matchId, proposalId }),
    move: () => movePairMeeting(scope, { matchId: pair.matchId, sessionId, date: dayAhead(AMS, 8), time: "10:00" }),
    cancel: () => cancelPairMeeting(scope, { matchId: pair.matchId, sessionId }),
    attendance: () => recordPairAttendance(scope, { matchId: pair.matchId, sessionId, membershipId: pair.mentor.membershipId, attendance: "absent" }),
  });
  const actionCalls = () => ({
    propose: () => actions.proposeMeetingAction(null, form({ matchId: pair.matchId, date: dayAhead(AMS, 7), time: "10:00", durationMinutes: "60" })),
    accept: () => actions.acceptProposalAction(null, form({ matchId: pair.matchId, proposalId })),
    move: () => actions.movePairMeetingAction(null, form({ matchId: pair.matchId, sessionId, date: dayAhead(AMS, 8), time: "10:00" })),
    cancel: () => actions.cancelPairMeetingAction(null, form({ matchId: pair.matchId, sessionId })),
    attendance: () => actions.recordPairAttendanceAction(null, form({ matchId: pair.matchId, sessionId, membershipId: pair.mentor.membershipId, attendance: "absent" })),
  });

  it("refuses a signed-out request, a third member, an admin outside the pair and another organisation; nothing changes", async () => {
    const before = await snapshot(pair);
    for (const call of Object.values(actionCalls())) expect(await call()).toMatchObject({ ok: false, error: "unauthenticated" });
    for (const person of [world.member, world.admin, world.outsider, otherPair.mentor]) {
      signIn(person);
      for (const [name, call] of Object.entries(actionCalls())) expect([name, await call()]).toEqual([name, { ok: false, error: "not_found" }]);
      for (const [name, call] of Object.entries(libCalls(person.scope))) await expect(call(), name).rejects.toMatchObject({ code: "not_found" });
    }
    // A forged scope (another organisation's member claiming this one) is refused before any read.
    for (const call of Object.values(libCalls({ ...world.outsider.scope, organizationId: world.organizationId }))) await expect(call()).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot(pair)).toBe(before);
    const [row] = await db().select().from(meetings).where(eq(meetings.id, sessionId));
    expect(row).toMatchObject({ status: "scheduled", icsSequence: 0 });
  });

  it("another pair's meeting is not found through this pair, nor this pair's through another", async () => {
    await expect(cancelPairMeeting(pair.mentor.scope, { matchId: pair.matchId, sessionId: otherSessionId })).rejects.toMatchObject({ code: "not_found" });
    await expect(movePairMeeting(otherPair.mentor.scope, { matchId: otherPair.matchId, sessionId, date: dayAhead(AMS, 8), time: "10:00" })).rejects.toMatchObject({ code: "not_found" });
    expect((await db().select().from(meetings).where(and(eq(meetings.id, otherSessionId))))[0].status).toBe("scheduled");
  });

  it("bad input gets a message at the field and writes nothing", async () => {
    const before = await snapshot(pair);
    signIn(pair.mentee);
    const yesterday = dayAhead(NYC, -1);
    expect(await actions.proposeMeetingAction(null, form({ matchId: pair.matchId, date: yesterday, time: "10:00", durationMinutes: "60" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { date: "meetingInThePast" } });
    expect(await actions.proposeMeetingAction(null, form({ matchId: pair.matchId, date: "", time: "", durationMinutes: "" }))).toMatchObject({ ok: false, fieldErrors: { date: "meetingDate", time: "meetingTime", durationMinutes: "duration" } });
    expect(await actions.proposeMeetingAction(null, form({ matchId: pair.matchId, date: dayAhead(NYC), time: "25:00", durationMinutes: "7" }))).toMatchObject({ ok: false, fieldErrors: { time: "meetingTime", durationMinutes: "duration" } });
    expect(await actions.movePairMeetingAction(null, form({ matchId: pair.matchId, sessionId, date: yesterday, time: "10:00" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { date: "meetingInThePast" } });
    expect(await actions.acceptProposalAction(null, form({ matchId: pair.matchId, proposalId: "nope" }))).toMatchObject({ ok: false, fieldErrors: { proposalId: "proposalGone" } });
    expect(await actions.recordPairAttendanceAction(null, form({ matchId: pair.matchId, sessionId, membershipId: pair.mentor.membershipId, attendance: "maybe" }))).toMatchObject({ ok: false, fieldErrors: { attendance: "invalidOption" } });
    expect(await snapshot(pair)).toBe(before);
  });
});
