import { afterAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { conversationActions, conversationAgreements, conversations, emailMessages, enrolments, learningTrackCompletions, learningTrackReflections, learningTrackSteps, learningTracks, matches, matchingRuns, matchNotes, memberships, organizations, programmes, sessions, users } from "@/db/schema";
import { builtInGuide } from "@/lib/conversations/core/built-in-guides";
import { eraseAccount } from "./erase";
import { exportPersonalData } from "./export";

afterAll(() => closeDb());

async function world() {
  const db = getDb();
  const tag = crypto.randomUUID().slice(0, 8);
  const [org] = await db.insert(organizations).values({ name: `Org ${tag}`, slug: `erase-${tag}` }).returning();
  const person = async (key: string, role: "member" | "admin") => {
    const email = `${key}-${tag}@example.org`;
    const [user] = await db.insert(users).values({ email, name: key, emailVerified: new Date() }).returning();
    const [membership] = await db
      .insert(memberships)
      .values({ organizationId: org.id, userId: user.id, email, name: `${key} person`, role, status: "active", department: "IT", bio: `${key}'s bio`, topics: ["coaching"] })
      .returning();
    await db.insert(sessions).values({ sessionToken: `${key}-${tag}`, userId: user.id, expires: new Date(Date.now() + 3600_000) });
    await db.insert(emailMessages).values({ organizationId: org.id, template: "magic-link", locale: "nl", toAddress: email, props: {}, idempotencyKey: `erase:${key}:${tag}` });
    return { user, membership, email };
  };
  const [programme] = await db.insert(programmes).values({ organizationId: org.id, kind: "mentoring", status: "open", name: { nl: "P", en: "P" }, description: { nl: "", en: "" } }).returning();
  return { org, programme, person };
}

describe("erasing an account", () => {
  it("removes the account, its sign-ins and emails, and leaves only anonymous membership rows", async () => {
    const { org, programme, person } = await world();
    const admin = await person("admin", "admin");
    const member = await person("member", "member");
    const [menteeEnrolment] = await getDb().insert(enrolments).values({ organizationId: org.id, programmeId: programme.id, membershipId: member.membership.id, role: "mentee", answers: { goals: "private goals" } }).returning();
    const [mentorEnrolment] = await getDb().insert(enrolments).values({ organizationId: org.id, programmeId: programme.id, membershipId: admin.membership.id, role: "mentor" }).returning();
    const [run] = await getDb().insert(matchingRuns).values({ organizationId: org.id, programmeId: programme.id, status: "published", figures: { matched: 1, unmatched: 0, meanScore: 1, mentorLoad: { used: 1, capacity: 1 } } }).returning();
    const [match] = await getDb().insert(matches).values({ organizationId: org.id, programmeId: programme.id, runId: run.id, mentorEnrolmentId: mentorEnrolment.id, menteeEnrolmentId: menteeEnrolment.id, score: 0.5, status: "accepted" }).returning();
    await getDb().insert(matchNotes).values([
      { organizationId: org.id, matchId: match.id, authorMembershipId: member.membership.id, body: "the mentee's own words" },
      { organizationId: org.id, matchId: match.id, authorMembershipId: admin.membership.id, body: "the mentor's words" },
    ]);

    await eraseAccount(member.user.id);

    // Their own note goes; the mentor's stays.
    expect((await getDb().select().from(matchNotes).where(eq(matchNotes.matchId, match.id))).map((n) => n.body)).toEqual(["the mentor's words"]);

    expect(await getDb().select().from(users).where(eq(users.id, member.user.id))).toHaveLength(0);
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, member.user.id))).toHaveLength(0);
    expect(await getDb().select().from(emailMessages).where(eq(emailMessages.toAddress, member.email))).toHaveLength(0);
    const [left] = await getDb().select().from(memberships).where(eq(memberships.id, member.membership.id));
    expect(left).toMatchObject({ userId: null, status: "removed", name: "—", department: null, bio: null, topics: [] });
    expect(left.email).toMatch(/^erased\+.+@erased\.invalid$/);
    const [enrolment] = await getDb().select().from(enrolments).where(eq(enrolments.membershipId, member.membership.id));
    expect(enrolment).toMatchObject({ status: "withdrawn", answers: {} });
    // Everyone else is untouched.
    const [adminAfter] = await getDb().select().from(memberships).where(eq(memberships.id, admin.membership.id));
    expect(adminAfter).toMatchObject({ name: "admin person", status: "active", bio: "admin's bio" });
    expect(await getDb().select().from(emailMessages).where(eq(emailMessages.toAddress, admin.email))).toHaveLength(1);
  });

  it("takes the actions they took on in a guided conversation along, after the export showed them; the other person's and the agreements stay", async () => {
    const { org, person } = await world();
    const manager = await person("manager", "admin");
    const report = await person("report", "member");
    const guide = builtInGuide("career")!;
    const [held] = await getDb()
      .insert(conversations)
      .values({ organizationId: org.id, context: "team", leadMembershipId: manager.membership.id, partnerMembershipId: report.membership.id, guideKey: guide.key, guideKind: guide.kind, guide, status: "closed", clock: { stepIndex: 5, stepStartedAt: 0, pausedAt: 0, pausedMs: 0 }, startedAt: new Date(), closedAt: new Date() })
      .returning();
    await getDb().insert(conversationAgreements).values({ organizationId: org.id, conversationId: held.id, position: 0, body: "We meet monthly." });
    await getDb().insert(conversationActions).values([
      { organizationId: org.id, conversationId: held.id, position: 0, description: "the report's own action", ownerMembershipId: report.membership.id },
      { organizationId: org.id, conversationId: held.id, position: 1, description: "the manager's action", ownerMembershipId: manager.membership.id },
    ]);
    expect((await exportPersonalData(report.user.id))?.written.conversationActions.map((a) => a.description)).toEqual(["the report's own action"]);

    await eraseAccount(report.user.id);
    expect((await getDb().select().from(conversationActions).where(eq(conversationActions.conversationId, held.id))).map((a) => a.description)).toEqual(["the manager's action"]);
    expect(await getDb().select().from(conversationAgreements).where(eq(conversationAgreements.conversationId, held.id))).toHaveLength(1);
  });

  it("refuses to erase the last admin of an organisation, and changes nothing", async () => {
    const { person } = await world();
    const admin = await person("only-admin", "admin");
    await expect(eraseAccount(admin.user.id)).rejects.toMatchObject({ code: "conflict", messageKey: "lastAdmin" });
    expect(await getDb().select().from(users).where(eq(users.id, admin.user.id))).toHaveLength(1);
    const [m] = await getDb().select().from(memberships).where(eq(memberships.id, admin.membership.id));
    expect(m).toMatchObject({ name: "only-admin person", status: "active" });
  });
});

describe("a learning track's reflections", () => {
  it("are in their writer's export, nobody else's, and go when the writer erases their account", async () => {
    const { org, programme, person } = await world();
    await person("keeper", "admin");
    const me = await person("writer", "member");
    const other = await person("reader", "member");
    const [track] = await getDb().insert(learningTracks).values({ organizationId: org.id, programmeId: programme.id, startsOn: "2027-03-01" }).returning();
    const [step] = await getDb().insert(learningTrackSteps).values({ organizationId: org.id, trackId: track.id, position: 1, kind: "reflection", title: { nl: "Terugblik", en: "Looking back" } }).returning();
    for (const [who, body] of [[me, "writer's own reflection"], [other, "reader's own reflection"]] as const) {
      await getDb().insert(learningTrackReflections).values({ organizationId: org.id, stepId: step.id, membershipId: who.membership.id, body });
      await getDb().insert(learningTrackCompletions).values({ organizationId: org.id, stepId: step.id, membershipId: who.membership.id });
    }
    const data = await exportPersonalData(me.user.id);
    expect(data?.written.trackReflections).toMatchObject([{ step: { en: "Looking back" }, body: "writer's own reflection" }]);
    expect(data?.written.trackSteps).toMatchObject([{ step: { en: "Looking back" }, kind: "reflection" }]);
    expect(JSON.stringify(data)).not.toContain("reader's own reflection");

    await eraseAccount(me.user.id);
    const left = await getDb().select({ body: learningTrackReflections.body }).from(learningTrackReflections).where(eq(learningTrackReflections.stepId, step.id));
    expect(left.map((r) => r.body)).toEqual(["reader's own reflection"]);
    // The step they completed still counts, anonymously.
    expect(await getDb().select().from(learningTrackCompletions).where(eq(learningTrackCompletions.stepId, step.id))).toHaveLength(2);
  });
});

describe("exporting one's data", () => {
  it("holds the person's own account, profile and emails, and nobody else's", async () => {
    const { person } = await world();
    const me = await person("me", "member");
    const other = await person("other", "admin");
    const data = await exportPersonalData(me.user.id);
    expect(data?.account.email).toBe(me.email);
    expect(data?.memberships.map((m) => m.bio)).toEqual(["me's bio"]);
    expect(data?.emails).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain(other.email);
    expect(JSON.stringify(data)).not.toContain("other's bio");
    await getDb().delete(users).where(inArray(users.id, [me.user.id, other.user.id]));
  });
});
