import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { enrolments, memberships, programmes } from "@/db/schema";
import { withdrawEnrolment } from "@/lib/programmes/enrolment";
import { createProgrammeWorld, insertProgramme, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { saveCodevEnrolment } from "./enrolment";
import { availabilityRanges } from "@/lib/profiles/availability";
import { codevEnrolmentInputSchema } from "./schemas";
import { getCodevEnrolmentView } from "./enrolment-view";
import { defaultCodevSettings } from "@/lib/codevelopment/core/settings";

let world: ProgrammeWorld;
const availability = ["mon-09", "mon-10", "mon-11", "thu-14"];
beforeAll(async () => {
  world = await createProgrammeWorld();
  await getDb().update(memberships).set({ availability }).where(eq(memberships.organizationId, world.org.organizationId));
});
afterAll(() => closeDb());

const signup = (programmeId: string, change: Record<string, unknown> = {}) =>
  codevEnrolmentInputSchema.parse({ programmeId, role: "participant", languages: ["nl"], confirmLanguages: "on", confirmAvailability: "on", charter: "on", ...change });
const rowsOf = (programmeId: string) => getDb().select().from(enrolments).where(eq(enrolments.programmeId, programmeId));
async function codevProgramme(status: "draft" | "open" | "matching" = "open", change: Partial<typeof defaultCodevSettings> = {}, window: "open" | "past" = "open") {
  const id = await insertProgramme(world.org.organizationId, status, window, "codevelopment");
  await getDb().update(programmes).set({ settings: { ...defaultCodevSettings, ...change } }).where(eq(programmes.id, id));
  return id;
}

describe("signing up for a co-development programme", () => {
  it("signs up a participant with the charter and its time, edits, withdraws and comes back", async () => {
    const id = await codevProgramme();
    const scope = world.member.scope;
    expect(await saveCodevEnrolment(scope, signup(id))).toBe("created");
    expect(await saveCodevEnrolment(scope, signup(id, { languages: ["nl", "en", "nl"] }))).toBe("updated");
    const [row] = await rowsOf(id);
    expect(row).toMatchObject({ role: "participant", status: "active", capacity: null, answers: { languages: ["nl", "en"], charter: { version: 1 } } });
    const view = await getCodevEnrolmentView(scope, id);
    expect(view?.enrolment).toMatchObject({ role: "participant", status: "active", answers: { languages: ["nl", "en"] } });
    expect(Date.parse(view!.enrolment!.answers!.charter.agreedAt)).toBeGreaterThan(Date.now() - 60_000);
    await withdrawEnrolment(scope, id);
    expect((await getCodevEnrolmentView(scope, id))?.enrolment?.status).toBe("withdrawn");
    expect(await saveCodevEnrolment(scope, signup(id))).toBe("updated");
    expect((await rowsOf(id)).map((r) => r.status)).toEqual(["active"]);
  });

  it("takes volunteer facilitators only when each group has one, and one role per programme", async () => {
    const perGroup = await codevProgramme();
    expect(await saveCodevEnrolment(world.colleague.scope, signup(perGroup, { role: "facilitator" }))).toBe("created");
    await expect(saveCodevEnrolment(world.colleague.scope, signup(perGroup))).rejects.toMatchObject({ messageKey: "otherRole" });
    const rotating = await codevProgramme("open", { facilitatorMode: "rotating" });
    await expect(saveCodevEnrolment(world.colleague.scope, signup(rotating, { role: "facilitator" }))).rejects.toMatchObject({ messageKey: "facilitatorNotNeeded" });
    expect(await rowsOf(rotating)).toEqual([]);
  });

  it("refuses languages the programme or the profile lacks, and an incomplete profile", async () => {
    const englishOnly = await codevProgramme("open", { languages: ["en"] });
    await expect(saveCodevEnrolment(world.member.scope, signup(englishOnly))).rejects.toMatchObject({ messageKey: "languageNotOffered" });
    const person = await world.org.addPerson("member", "incomplete");
    const id = await codevProgramme();
    await expect(saveCodevEnrolment(person.scope, signup(id))).rejects.toMatchObject({ messageKey: "profileIncomplete" });
    expect((await getCodevEnrolmentView(person.scope, id))?.profileGaps).toEqual(["languages", "timeZone", "availability", "department"]);
    await getDb().update(memberships).set({ languages: ["en"], timeZone: "Europe/Brussels" }).where(eq(memberships.id, person.membershipId));
    // Availability is still missing: groups are formed on a time everyone can make.
    await expect(saveCodevEnrolment(person.scope, signup(id, { languages: ["en"] }))).rejects.toMatchObject({ messageKey: "profileIncomplete" });
    await getDb().update(memberships).set({ availability }).where(eq(memberships.id, person.membershipId));
    await expect(saveCodevEnrolment(person.scope, signup(id, { languages: ["nl"] }))).rejects.toMatchObject({ messageKey: "languageNotOffered" });
    expect(await saveCodevEnrolment(person.scope, signup(id, { languages: ["en"] }))).toBe("created");
    expect((await getCodevEnrolmentView(person.scope, id))?.sharedLanguages).toEqual(["en"]);
    expect((await rowsOf(englishOnly))).toEqual([]);
  });

  it("refuses outside the window, in a draft, in a mentoring programme and in another organisation", async () => {
    const scope = world.member.scope;
    const past = await codevProgramme("open", {}, "past");
    await expect(saveCodevEnrolment(scope, signup(past))).rejects.toMatchObject({ messageKey: "signupClosed" });
    const closed = await codevProgramme("matching");
    await expect(saveCodevEnrolment(scope, signup(closed))).rejects.toMatchObject({ messageKey: "signupClosed" });
    await expect(withdrawEnrolment(scope, closed)).rejects.toMatchObject({ messageKey: "signupClosed" });
    const draft = await codevProgramme("draft");
    await expect(saveCodevEnrolment(scope, signup(draft))).rejects.toMatchObject({ code: "not_found" });
    expect(await getCodevEnrolmentView(scope, draft)).toBeNull();
    const mentoring = await insertProgramme(world.org.organizationId, "open");
    await expect(saveCodevEnrolment(scope, signup(mentoring))).rejects.toMatchObject({ code: "not_found" });
    const elsewhere = await insertProgramme(world.otherOrg.organizationId, "open", "open", "codevelopment");
    await expect(saveCodevEnrolment(scope, signup(elsewhere))).rejects.toMatchObject({ code: "not_found" });
    expect(await getCodevEnrolmentView(scope, elsewhere)).toBeNull();
    for (const id of [past, closed, draft, mentoring, elsewhere]) expect(await rowsOf(id)).toEqual([]);
  });
});

describe("the sign-up form", () => {
  it("needs the charter and both confirmations ticked, and a language", () => {
    const result = codevEnrolmentInputSchema.safeParse({ programmeId: crypto.randomUUID(), role: "participant", confirmLanguages: "on" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["languages", "errors.languagesRequired"],
      ["confirmAvailability", "errors.confirmAvailability"],
      ["charter", "errors.charterRequired"],
    ]);
  });

  it("reads the availability grid as ranges per day", () => {
    expect(availabilityRanges(["tue-14", "mon-09", "mon-10", "mon-13", "bad", "mon-11"])).toEqual([
      { day: "mon", ranges: [{ from: 9, to: 12 }, { from: 13, to: 14 }] },
      { day: "tue", ranges: [{ from: 14, to: 15 }] },
    ]);
  });
});
