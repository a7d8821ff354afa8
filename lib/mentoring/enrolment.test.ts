import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { enrolments, memberships } from "@/db/schema";
import { withdrawEnrolment } from "@/lib/programmes/enrolment";
import { createProgrammeWorld, insertProgramme, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { getProgrammeForMember } from "@/lib/registry/programme-kinds";
import { saveEnrolment } from "./enrolment";
import { searchAvoidCandidates } from "./member-view";
import { enrolmentInputSchema } from "./programme-schemas";
import { insertMentoringProgramme } from "./programme-test-fixtures";

let world: ProgrammeWorld;
beforeAll(async () => {
  world = await createProgrammeWorld();
});
afterAll(() => closeDb());

const mentee = (programmeId: string, change: Record<string, unknown> = {}) =>
  enrolmentInputSchema.parse({ programmeId, role: "mentee", goals: "Delegate better", topics: ["coaching"], avoid: [], ...change });
const mentor = (programmeId: string, change: Record<string, unknown> = {}) => enrolmentInputSchema.parse({ programmeId, role: "mentor", topics: ["strategy"], ...change });
const rowsOf = async (programmeId: string) => getDb().select().from(enrolments).where(eq(enrolments.programmeId, programmeId));

describe("enrolling in a mentoring programme", () => {
  it("enrols a mentee, edits, withdraws and comes back; answers are typed", async () => {
    const id = await insertMentoringProgramme(world.org.organizationId, "open");
    const scope = world.member.scope;
    expect(await saveEnrolment(scope, mentee(id, { avoid: [world.colleague.membershipId] }))).toBe("created");
    expect(await saveEnrolment(scope, mentee(id, { goals: "Lead a bigger team" }))).toBe("updated");
    let [row] = await rowsOf(id);
    expect(row).toMatchObject({ role: "mentee", status: "active", capacity: null, answers: { goals: "Lead a bigger team", topics: ["coaching"], avoid: [] } });
    await withdrawEnrolment(scope, id);
    expect((await rowsOf(id))[0].status).toBe("withdrawn");
    await expect(withdrawEnrolment(scope, id)).rejects.toMatchObject({ code: "conflict" });
    expect((await getProgrammeForMember(scope, id))?.enrolment).toMatchObject({ role: "mentee", status: "withdrawn" });
    await saveEnrolment(scope, mentee(id, { avoid: [world.colleague.membershipId] }));
    [row] = await rowsOf(id);
    expect(row.status).toBe("active");
    const view = await getProgrammeForMember(scope, id);
    expect(view?.enrolment).toMatchObject({ role: "mentee", avoidPeople: [{ membershipId: world.colleague.membershipId }] });
    expect(view?.signupOpen).toBe(true);
  });

  it("refuses a second role in the same programme", async () => {
    const id = await insertMentoringProgramme(world.org.organizationId, "open");
    await saveEnrolment(world.member.scope, mentee(id));
    await expect(saveEnrolment(world.member.scope, mentor(id))).rejects.toMatchObject({ code: "conflict", messageKey: "otherRole" });
    expect((await rowsOf(id)).map((r) => r.role)).toEqual(["mentee"]);
  });

  it("gives a mentor the programme's default capacity and keeps the pause", async () => {
    const id = await insertMentoringProgramme(world.org.organizationId, "open");
    await saveEnrolment(world.colleague.scope, mentor(id, { paused: "on" }));
    expect((await rowsOf(id))[0]).toMatchObject({ capacity: 2, answers: { topics: ["strategy"], paused: true } });
    await saveEnrolment(world.colleague.scope, mentor(id, { capacity: "3" }));
    expect((await rowsOf(id))[0]).toMatchObject({ capacity: 3, answers: { paused: false } });
  });

  it("refuses a capacity outside 1..3, too many or unknown people to avoid, and unknown topics", () => {
    const id = crypto.randomUUID();
    for (const capacity of ["0", "4", "1.5"]) expect(enrolmentInputSchema.safeParse({ programmeId: id, role: "mentor", capacity }).success).toBe(false);
    const six = Array.from({ length: 6 }, () => crypto.randomUUID());
    expect(enrolmentInputSchema.safeParse({ programmeId: id, role: "mentee", avoid: six }).success).toBe(false);
    expect(enrolmentInputSchema.safeParse({ programmeId: id, role: "mentee", goals: "x".repeat(1001) }).success).toBe(false);
  });

  it("accepts only colleagues of the same organisation to avoid, never oneself, and only known topics", async () => {
    const id = await insertMentoringProgramme(world.org.organizationId, "open");
    const scope = world.member.scope;
    await expect(saveEnrolment(scope, mentee(id, { avoid: [world.stranger.membershipId] }))).rejects.toMatchObject({ messageKey: "avoidNotMember" });
    await expect(saveEnrolment(scope, mentee(id, { avoid: [world.member.membershipId] }))).rejects.toMatchObject({ messageKey: "avoidNotMember" });
    await expect(saveEnrolment(scope, mentee(id, { topics: ["astrology"] }))).rejects.toMatchObject({ messageKey: "unknownTopic" });
    expect(await rowsOf(id)).toEqual([]);
    const found = await searchAvoidCandidates(scope, "colleague");
    expect(found.map((p) => p.membershipId)).toEqual([world.colleague.membershipId]);
    expect(await searchAvoidCandidates(scope, "stranger")).toEqual([]);
    expect(await searchAvoidCandidates(scope, "member")).toEqual([]);
  });

  it("refuses outside the window, in a draft or closed sign-up, in co-development and in another organisation", async () => {
    const scope = world.member.scope;
    const past = await insertMentoringProgramme(world.org.organizationId, "open", "past");
    await expect(saveEnrolment(scope, mentee(past))).rejects.toMatchObject({ messageKey: "signupClosed" });
    const closed = await insertMentoringProgramme(world.org.organizationId, "matching");
    await expect(saveEnrolment(scope, mentee(closed))).rejects.toMatchObject({ messageKey: "signupClosed" });
    const draft = await insertMentoringProgramme(world.org.organizationId, "draft");
    await expect(saveEnrolment(scope, mentee(draft))).rejects.toMatchObject({ code: "not_found" });
    expect(await getProgrammeForMember(scope, draft)).toBeNull();
    const codev = await insertProgramme(world.org.organizationId, "open", "open", "codevelopment");
    await expect(saveEnrolment(scope, mentee(codev))).rejects.toMatchObject({ code: "not_found" });
    const elsewhere = await insertMentoringProgramme(world.otherOrg.organizationId, "open");
    await expect(saveEnrolment(scope, mentee(elsewhere))).rejects.toMatchObject({ code: "not_found" });
    expect(await getProgrammeForMember(scope, elsewhere)).toBeNull();
    for (const id of [past, closed, draft, codev, elsewhere]) expect(await rowsOf(id)).toEqual([]);
  });

  it("needs languages and a time zone in the profile, and lists the gaps matching needs", async () => {
    const id = await insertMentoringProgramme(world.org.organizationId, "open");
    const person = await world.org.addPerson("member", "incomplete");
    await expect(saveEnrolment(person.scope, mentee(id))).rejects.toMatchObject({ messageKey: "profileIncomplete" });
    expect((await getProgrammeForMember(person.scope, id))?.profileGaps).toEqual(["languages", "timeZone", "seniority", "availability", "department"]);
    await getDb().update(memberships).set({ languages: ["en"], timeZone: "Europe/Brussels" }).where(and(eq(memberships.id, person.membershipId)));
    expect(await saveEnrolment(person.scope, mentee(id))).toBe("created");
  });
});
