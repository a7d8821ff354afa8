import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { chatNotices, emailMessages, notificationPreferences, programmes } from "@/db/schema";
import { publishGroups } from "@/lib/codevelopment/formation/publish-groups";
import { runGroupFormation } from "@/lib/codevelopment/formation/run-formation";
import { setGroupFacilitator } from "@/lib/codevelopment/formation/edit-proposal";
import { createGroupsWorld } from "@/lib/codevelopment/group-fixtures";
import { closeProducer } from "@/lib/jobs/boss";
import { createTestOrganization, type TestOrganization } from "@/lib/members/test-helpers";
import { changeProgrammeStatus } from "@/lib/programmes/status";
import { insertProgramme } from "@/lib/programmes/test-fixtures";
import { codevGroupMembers, codevGroups } from "@/db/schema";
import { connectChatChannel } from "./channel";
import { writeChatDigests } from "./digest";
import { handleProgrammeNews } from "./programme-news";

// Where programme news comes from: a programme opening for sign-up, groups published, the weekly digest. The
// channel hears programme-level facts only; each member gets the email they chose. Integration test on the
// real database; nothing is posted here (lib/chat/delivery.test.ts posts).

const URL = "http://127.0.0.1:9/slack"; // a port nothing listens on: these tests never run the chat.send job

afterAll(async () => {
  await closeProducer();
  await closeDb();
});

const noticesOf = (organizationId: string) => getDb().select().from(chatNotices).where(eq(chatNotices.organizationId, organizationId));
const signupEmails = (organizationId: string) =>
  getDb().select().from(emailMessages).where(and(eq(emailMessages.organizationId, organizationId), eq(emailMessages.template, "programme-signup-open")));

describe("a programme opening for sign-up", () => {
  let withChannel: TestOrganization;
  let withoutChannel: TestOrganization;

  beforeAll(async () => {
    withChannel = await createTestOrganization("News with channel");
    withoutChannel = await createTestOrganization("News without channel");
    await connectChatChannel(withChannel.admin.scope, { kind: "slack", url: URL });
  });

  it("posts to the channel once and emails the members who want email, in their language", async () => {
    const org = withChannel;
    const chooser = await org.addPerson("member", "chooser");
    const both = await org.addPerson("member", "both");
    const quiet = await org.addPerson("member", "quiet"); // no choice: the channel carries it
    for (const [person, delivery] of [[chooser, "email"], [both, "both"]] as const) {
      await getDb().insert(notificationPreferences).values({ organizationId: org.organizationId, membershipId: person.membershipId, notice: "programmeNews", delivery });
    }
    const programmeId = await insertProgramme(org.organizationId, "draft", "open", "codevelopment");
    await getDb().update(programmes).set({ name: { nl: "Intervisie 2027", en: "Co-development 2027" } }).where(eq(programmes.id, programmeId));
    await changeProgrammeStatus(org.admin.scope, programmeId, "open");

    const [notice] = await noticesOf(org.organizationId);
    expect(notice).toMatchObject({ notice: "signupOpen", status: "queued", locale: "nl", idempotencyKey: `signup-open:${programmeId}` });
    expect(notice.props).toEqual({
      programmeName: { nl: "Intervisie 2027", en: "Co-development 2027" },
      programmeKind: "codevelopment",
      closesAt: expect.any(String),
      url: expect.stringMatching(new RegExp(`/programmes/${programmeId}$`)),
    });

    // The worker's job; a second run (a retry) writes nothing more.
    await handleProgrammeNews({ data: { organizationId: org.organizationId, programmeId } });
    await handleProgrammeNews({ data: { organizationId: org.organizationId, programmeId } });
    const emails = await signupEmails(org.organizationId);
    expect(emails.map((e) => e.toAddress).sort()).toEqual([both.email, chooser.email].sort());
    expect(emails.every((e) => e.locale === "en" && e.props.programmeName === "Co-development 2027")).toBe(true);
    expect(emails.map((e) => e.toAddress)).not.toContain(quiet.email);
  });

  it("emails every member where there is no channel, and posts nothing", async () => {
    const org = withoutChannel;
    const someone = await org.addPerson("member", "someone");
    const programmeId = await insertProgramme(org.organizationId, "draft", "open", "mentoring");
    await changeProgrammeStatus(org.admin.scope, programmeId, "open");
    await handleProgrammeNews({ data: { organizationId: org.organizationId, programmeId } });
    expect(await noticesOf(org.organizationId)).toEqual([]);
    expect((await signupEmails(org.organizationId)).map((e) => e.toAddress).sort()).toEqual([org.admin.email, someone.email].sort());
  });

  it("sends nothing stale: a programme closed before the job ran emails no one", async () => {
    const org = withoutChannel;
    const programmeId = await insertProgramme(org.organizationId, "draft", "open", "mentoring");
    await changeProgrammeStatus(org.admin.scope, programmeId, "open");
    await changeProgrammeStatus(org.admin.scope, programmeId, "archive");
    const before = (await signupEmails(org.organizationId)).length;
    await handleProgrammeNews({ data: { organizationId: org.organizationId, programmeId } });
    expect(await signupEmails(org.organizationId)).toHaveLength(before);
  });
});

describe("groups published", () => {
  it("tells the channel how many groups and participants, and never who", async () => {
    const w = await createGroupsWorld();
    await connectChatChannel(w.admin.scope, { kind: "teams", url: URL });
    await runGroupFormation(w.admin.scope, w.programmeId);
    const groups = await getDb().select().from(codevGroups).where(eq(codevGroups.programmeId, w.programmeId));
    const members = await getDb().select().from(codevGroupMembers).where(eq(codevGroupMembers.organizationId, w.organizationId));
    for (const group of groups) {
      const hasP2 = members.some((m) => m.groupId === group.id && m.membershipId === w.p[2].membershipId);
      await setGroupFacilitator(w.admin.scope, { programmeId: w.programmeId, groupId: group.id, membershipId: hasP2 ? w.f2.membershipId : w.f1.membershipId });
    }
    await publishGroups(w.admin.scope, w.programmeId);

    const notices = await noticesOf(w.organizationId);
    expect(notices).toHaveLength(1);
    const participants = members.filter((m) => m.role === "participant").length;
    expect(notices[0]).toMatchObject({ notice: "groupsPublished", props: { groups: groups.length, participants, programmeName: { nl: "Intervisie", en: "Co-development" } } });
    const stored = JSON.stringify(notices[0]);
    for (const person of [...w.p, w.f1, w.f2, w.admin]) {
      expect(stored).not.toContain(person.name);
      expect(stored).not.toContain(person.email);
      expect(stored).not.toContain(person.membershipId);
    }
  });
});

describe("the weekly digest", () => {
  it("writes one post per organisation and week, with programmes and counts, and none where there is nothing to say", async () => {
    const org = await createTestOrganization("Digest");
    const quiet = await createTestOrganization("Digest quiet");
    for (const o of [org, quiet]) await connectChatChannel(o.admin.scope, { kind: "slack", url: URL });
    await insertProgramme(org.organizationId, "open", "open", "mentoring");
    const at = new Date();
    expect(await writeChatDigests(at, { organizationId: org.organizationId })).toEqual({ notices: 1 });
    expect(await writeChatDigests(at, { organizationId: org.organizationId })).toEqual({ notices: 0 });
    expect(await writeChatDigests(at, { organizationId: quiet.organizationId })).toEqual({ notices: 0 });
    const [digest] = await noticesOf(org.organizationId);
    expect(digest).toMatchObject({ notice: "weeklyDigest", props: { open: [{ programmeName: { nl: "P", en: "P" } }], started: [] } });
    expect(await noticesOf(quiet.organizationId)).toEqual([]);
  });
});
