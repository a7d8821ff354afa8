import { afterAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { matches, matchingRuns, meetings, mentorLoads } from "@/db/schema";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { answerFitCheck } from "./check-ins";
import { planFirstMeeting } from "./first-meeting";
import { getPairView } from "./queries";
import { requestRematch } from "./rematch";
import { createPairWorld, pairSnapshot, type PairWorld, type TestPair } from "./test-fixtures";

// "Not a good fit" offers a no-fault re-match: the pairing ends, the mentee is offered the best mentor
// still free (never the same one), both are told it ended for a new match, and the admins only that one
// was asked and whether a mentor was found; never what anyone wrote.
afterAll(async () => {
  await closeProducer();
  await closeDb();
});

/** A pair of a published matching round whose first meeting has been held, so that the fit check is open. */
async function metPair(world: PairWorld): Promise<TestPair> {
  const pair = await world.makePair();
  const [run] = await getDb()
    .insert(matchingRuns)
    .values({ organizationId: world.organizationId, programmeId: world.programmeId, status: "published", figures: { matched: 1, unmatched: 0, meanScore: 0.8, mentorLoad: { used: 1, capacity: 2 } } })
    .returning({ id: matchingRuns.id });
  await getDb().update(matches).set({ runId: run.id }).where(eq(matches.id, pair.matchId));
  const [slot] = (await getPairView(pair.mentor.scope, pair.matchId)).slots;
  const { sessionId } = await planFirstMeeting(pair.mentor.scope, { matchId: pair.matchId, startsAt: slot });
  await getDb().update(meetings).set({ startsAt: sql`now() - interval '1 hour'` }).where(eq(meetings.id, sessionId));
  return pair;
}

describe("a no-fault re-match", () => {
  it("ends the pairing, asks another mentor for the mentee and tells both and the admins, without the answer's text", async () => {
    const world = await createPairWorld();
    const pair = await metPair(world);
    const free = await world.makePair(); // its mentor has one place left
    await answerFitCheck(pair.mentee.scope, { matchId: pair.matchId, answer: "newMatch", text: "We clash about everything." });

    expect(await requestRematch(pair.mentee.scope, { matchId: pair.matchId, confirm: "yes" })).toMatchObject({ rematched: true });

    const [ended] = await getDb().select().from(matches).where(eq(matches.id, pair.matchId));
    expect(ended).toMatchObject({ status: "ended", endedByMembershipId: pair.mentee.membershipId });
    const [load] = await getDb().select().from(mentorLoads).where(eq(mentorLoads.mentorEnrolmentId, pair.mentorEnrolmentId));
    expect(load.acceptedCount).toBe(0);
    const [request] = await getDb()
      .select()
      .from(matches)
      .where(and(eq(matches.programmeId, world.programmeId), eq(matches.status, "requested"), eq(matches.mentorEnrolmentId, free.mentorEnrolmentId)));
    expect(request).toBeDefined();

    const endedMails = (await renderedEmails(world.organizationId, "match-ended")).filter((e) => e.idempotencyKey.includes(pair.matchId));
    expect(endedMails.map((e) => e.to).sort()).toEqual([pair.mentee.email, pair.mentor.email].sort());
    expect(endedMails.find((e) => e.to === pair.mentor.email)?.subject).toBe(`Your mentorship with ${pair.mentee.name} has ended for a new match`);
    const adminMails = (await renderedEmails(world.organizationId, "rematch-requested")).filter((e) => e.idempotencyKey.includes(pair.matchId));
    expect(adminMails.map((e) => e.to)).toEqual([world.admin.email]);
    expect(adminMails[0].text).toContain("Kring has asked the best mentor who still had room");
    const requests = (await renderedEmails(world.organizationId, "match-request")).filter((e) => e.to === free.mentor.email);
    expect(requests).toHaveLength(1);
    for (const email of [...endedMails, ...adminMails, ...requests]) expect(email.html + email.text + email.subject).not.toContain("clash");
  });

  it("tells the admins when no mentor with room is left, and never offers the same mentor again", async () => {
    const world = await createPairWorld();
    const pair = await metPair(world);
    await answerFitCheck(pair.mentor.scope, { matchId: pair.matchId, answer: "newMatch", text: null });
    expect(await requestRematch(pair.mentor.scope, { matchId: pair.matchId, confirm: "yes" })).toMatchObject({ rematched: false });
    const live = await getDb().select().from(matches).where(and(eq(matches.programmeId, world.programmeId), eq(matches.status, "requested")));
    expect(live).toEqual([]);
    const [adminMail] = (await renderedEmails(world.organizationId, "rematch-requested")).filter((e) => e.idempotencyKey.includes(pair.matchId));
    expect(adminMail.subject).toContain("no mentor left");
  });

  it("in a programme where mentees choose their mentor, lets the mentee choose again instead of asking one for them", async () => {
    const world = await createPairWorld();
    const pair = await world.makePair(); // no matching round: the mentee chose this mentor
    const [slot] = (await getPairView(pair.mentor.scope, pair.matchId)).slots;
    const { sessionId } = await planFirstMeeting(pair.mentor.scope, { matchId: pair.matchId, startsAt: slot });
    await getDb().update(meetings).set({ startsAt: sql`now() - interval '1 hour'` }).where(eq(meetings.id, sessionId));
    await world.makePair(); // a mentor with room, whom Kring must not pick for the mentee
    await answerFitCheck(pair.mentee.scope, { matchId: pair.matchId, answer: "newMatch", text: null });
    expect(await requestRematch(pair.mentee.scope, { matchId: pair.matchId, confirm: "yes" })).toEqual({ rematched: false, reason: "chooseAgain" });
    const live = await getDb().select().from(matches).where(and(eq(matches.programmeId, world.programmeId), eq(matches.status, "requested")));
    expect(live).toEqual([]);
    const [adminMail] = (await renderedEmails(world.organizationId, "rematch-requested")).filter((e) => e.idempotencyKey.includes(pair.matchId));
    expect(adminMail.text).toContain("the mentee chooses a new mentor");
  });

  it("is refused before a 'not a good fit' answer, to a third member and to another organisation, and twice; nothing changes", async () => {
    const world = await createPairWorld();
    const pair = await metPair(world);
    await answerFitCheck(pair.mentor.scope, { matchId: pair.matchId, answer: "goodFit", text: null });
    const before = await pairSnapshot(world.organizationId, pair.matchId, pair.mentorEnrolmentId);
    await expect(requestRematch(pair.mentee.scope, { matchId: pair.matchId, confirm: "yes" })).rejects.toMatchObject({ messageKey: "pair.errors.rematchNeedsFitAnswer" });
    await expect(requestRematch(pair.mentor.scope, { matchId: pair.matchId, confirm: "yes" })).rejects.toMatchObject({ messageKey: "pair.errors.rematchNeedsFitAnswer" });
    await expect(requestRematch(world.member.scope, { matchId: pair.matchId, confirm: "yes" })).rejects.toMatchObject({ code: "not_found" });
    await expect(requestRematch(world.admin.scope, { matchId: pair.matchId, confirm: "yes" })).rejects.toMatchObject({ code: "not_found" });
    await expect(requestRematch(world.outsider.scope, { matchId: pair.matchId, confirm: "yes" })).rejects.toMatchObject({ code: "not_found" });
    expect(await pairSnapshot(world.organizationId, pair.matchId, pair.mentorEnrolmentId)).toBe(before);

    await answerFitCheck(pair.mentee.scope, { matchId: pair.matchId, answer: "newMatch", text: null });
    await requestRematch(pair.mentee.scope, { matchId: pair.matchId, confirm: "yes" });
    await expect(requestRematch(pair.mentee.scope, { matchId: pair.matchId, confirm: "yes" })).rejects.toMatchObject({ messageKey: "pair.errors.ended" });
  });
});
