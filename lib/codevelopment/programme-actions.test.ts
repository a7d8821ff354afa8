import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { codevMethods, enrolments, memberships, programmes } from "@/db/schema";
import { readCodevSettings } from "@/lib/codevelopment/core/settings";
import { testSession } from "@/lib/testing/request-mocks";
import { createProgrammeWorld, insertProgramme, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";

// The co-development server actions as a crafted request calls them: only the Auth.js session lookup and
// Next's request APIs are replaced; roles and organisations come from the real database. After every
// refusal, nothing of the organisation may have changed.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const admin = await import("@/app/(admin)/admin/programmes/actions");
const library = await import("@/app/(admin)/admin/methods/actions");
const member = await import("@/app/(app)/programmes/actions");

let world: ProgrammeWorld;
let draftId: string;
let openId: string;
let methodId: string;

async function snapshotOf(organizationId: string): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ["programmes", "enrolments", "audit_events", "codev_methods"]) {
    parts.push(Array.from(await getDb().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${organizationId} order by id`)));
  }
  return JSON.stringify(parts);
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const programmeFields = {
  nameNl: "Intervisie", nameEn: "Co-development", descriptionNl: "Groepen", descriptionEn: "Groups", opens: "2030-01-01", closes: "2030-01-31",
  groupSizeMin: "5", groupSizeMax: "7", cadenceWeeks: "3", sessionMinutes: "120", facilitatorMode: "perGroup", "languages[]": ["nl", "en"], casePrepDays: "7",
};

const stepFields = (count: number, change: Record<string, string> = {}) => {
  const fields: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    Object.assign(fields, {
      [`steps.${i}.title.nl`]: `Stap ${i + 1}`, [`steps.${i}.title.en`]: `Step ${i + 1}`,
      [`steps.${i}.instruction.nl`]: "Doe dit.", [`steps.${i}.instruction.en`]: "Do this.", [`steps.${i}.minutes`]: "10",
    });
  }
  return { ...fields, ...change };
};
const methodFields = (change: Record<string, string> = {}) => ({ "name.nl": "Eigen", "name.en": "Own", "summary.nl": "Kort.", "summary.en": "Short.", ...stepFields(2), ...change });

/** The programme's current copy as the steps form posts it, with changes. */
async function programmeStepFields(programmeId: string, change: Record<string, string> = {}) {
  const [p] = await getDb().select().from(programmes).where(eq(programmes.id, programmeId));
  const fields: Record<string, string> = { programmeId };
  readCodevSettings(p.settings).method.steps.forEach((s, i) => {
    Object.assign(fields, {
      [`steps.${i}.key`]: s.key, [`steps.${i}.minutes`]: String(s.minutes),
      [`steps.${i}.title.nl`]: s.title.nl, [`steps.${i}.title.en`]: s.title.en, [`steps.${i}.instruction.nl`]: s.instruction.nl, [`steps.${i}.instruction.en`]: s.instruction.en,
    });
  });
  return { ...fields, ...change };
}

const adminCalls = () => ({
  createProgramme: () => admin.createCodevProgrammeAction(null, form({ ...programmeFields, methodKey: "incident" })),
  updateProgramme: () => admin.updateCodevProgrammeAction(null, form({ ...programmeFields, programmeId: draftId, nameEn: "Taken over" })),
  chooseMethod: () => admin.chooseCodevMethodAction(null, form({ programmeId: draftId, methodKey: "gossip" })),
  saveSteps: async () => admin.saveCodevStepsAction(null, form(await programmeStepFields(draftId, { "steps.0.minutes": "42" }))),
  createMethod: () => library.createMethodAction(null, form(methodFields())),
  updateMethod: () => library.updateMethodAction(null, form(methodFields({ methodId, "name.en": "Taken over" }))),
  deleteMethod: () => library.deleteMethodAction(null, form({ methodId })),
});

beforeAll(async () => {
  world = await createProgrammeWorld();
  draftId = await insertProgramme(world.org.organizationId, "draft", "open", "codevelopment");
  openId = await insertProgramme(world.org.organizationId, "open", "open", "codevelopment");
  const [m] = await getDb()
    .insert(codevMethods)
    .values({ organizationId: world.org.organizationId, method: { key: "placeholder", name: { nl: "M", en: "M" }, summary: { nl: "S", en: "S" }, steps: [] } })
    .returning({ id: codevMethods.id });
  methodId = m.id;
  await getDb().update(codevMethods).set({ method: { key: `custom:${methodId}`, name: { nl: "M", en: "M" }, summary: { nl: "S", en: "S" }, steps: [] } }).where(eq(codevMethods.id, methodId));
  // Group formation needs availability: the member has a few hours.
  await getDb().update(memberships).set({ availability: ["mon-09", "mon-10", "tue-14", "wed-09"] }).where(eq(memberships.id, world.member.membershipId));
});
beforeEach(() => {
  session.userId = null;
});
afterAll(() => closeDb());

describe("co-development admin actions", () => {
  for (const name of ["createProgramme", "updateProgramme", "chooseMethod", "saveSteps", "createMethod", "updateMethod", "deleteMethod"] as const) {
    it(`${name}: a member is forbidden, a signed-out request unauthenticated, another organisation's admin changes nothing here`, async () => {
      const before = await snapshotOf(world.org.organizationId);
      session.userId = world.member.userId;
      expect(await adminCalls()[name]()).toMatchObject({ ok: false, error: "forbidden" });
      session.userId = null;
      expect(await adminCalls()[name]()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = world.otherOrg.admin.userId;
      if (name === "createProgramme" || name === "createMethod") await expect(adminCalls()[name]()).rejects.toThrow(/NEXT_REDIRECT/);
      else expect(await adminCalls()[name]()).toMatchObject({ ok: false, error: "not_found" });
      expect(await snapshotOf(world.org.organizationId)).toBe(before);
    });
  }

  it("refuse invalid input field by field and write nothing", async () => {
    session.userId = world.admin.userId;
    const before = await snapshotOf(world.org.organizationId);
    const bad = { ...programmeFields, nameNl: "", groupSizeMin: "8", groupSizeMax: "6", cadenceWeeks: "9", sessionMinutes: "abc", facilitatorMode: "nobody", "languages[]": [], casePrepDays: "1", closes: "2029-12-01" };
    expect(await admin.createCodevProgrammeAction(null, form({ ...bad, methodKey: "no such method!" }))).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: {
        nameNl: "required", groupSizeMax: "sizeRange", cadenceWeeks: "cadenceRange", sessionMinutes: "sessionRange", facilitatorMode: "invalidOption",
        languages: "required", casePrepDays: "casePrepRange", closes: "closesBeforeOpens", methodKey: "invalidOption",
      },
    });
    expect(await admin.createCodevProgrammeAction(null, form({ ...programmeFields, methodKey: `custom:${crypto.randomUUID()}` }))).toMatchObject({ ok: false, error: "unknownMethod" });
    expect(await admin.saveCodevStepsAction(null, form(await programmeStepFields(draftId, { "steps.1.minutes": "0", "steps.2.title.en": "" })))).toMatchObject({
      ok: false,
      fieldErrors: { "steps.1.minutes": "minutesRange", "steps.2.title.en": "required" },
    });
    expect(await library.createMethodAction(null, form({ "name.nl": "", "name.en": "Own", "summary.nl": "K", "summary.en": "S" }))).toMatchObject({
      ok: false,
      fieldErrors: { "name.nl": "required", steps: "stepsRequired" },
    });
    expect(await snapshotOf(world.org.organizationId)).toBe(before);
  });

  it("let an admin create (sent to the new programme), edit, choose a method, edit its steps and open sign-up", async () => {
    session.userId = world.admin.userId;
    await expect(admin.createCodevProgrammeAction(null, form({ ...programmeFields, methodKey: "balint" }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [created] = await getDb()
      .select()
      .from(programmes)
      .where(and(eq(programmes.organizationId, world.org.organizationId), eq(programmes.kind, "codevelopment"), sql`${programmes.settings} -> 'method' ->> 'key' = 'balint'`));
    expect(created).toMatchObject({ status: "draft", name: { nl: "Intervisie", en: "Co-development" }, settings: { groupSizeMin: 5, groupSizeMax: 7, facilitatorMode: "perGroup", languages: ["nl", "en"] } });

    expect(await adminCalls().updateProgramme()).toEqual({ ok: true });
    expect(await adminCalls().chooseMethod()).toEqual({ ok: true, message: "methodChosen" });
    expect(await adminCalls().saveSteps()).toEqual({ ok: true, message: "stepsSaved" });
    expect(await admin.changeProgrammeStatusAction(null, form({ programmeId: draftId, transition: "open" }))).toMatchObject({ ok: true });
    const [p] = await getDb().select().from(programmes).where(eq(programmes.id, draftId));
    const settings = readCodevSettings(p.settings);
    expect(p).toMatchObject({ status: "open", name: { en: "Taken over" } });
    expect(settings.method.key).toBe("gossip");
    expect(settings.method.steps[0].minutes).toBe(42);
    expect(settings.method.steps.find((s) => s.key === "gossip")?.presenterTurnedAway).toBe(true);
  });

  it("let an admin add, edit and delete an own method, and refuse the delete while a programme uses it", async () => {
    session.userId = world.admin.userId;
    await expect(library.createMethodAction(null, form(methodFields({ "name.en": "Fishbowl" })))).rejects.toThrow(/NEXT_REDIRECT/);
    const [own] = (await getDb().select().from(codevMethods).where(eq(codevMethods.organizationId, world.org.organizationId))).filter((m) => m.method.name.en === "Fishbowl");
    expect(own.method).toMatchObject({ key: `custom:${own.id}`, steps: [{ minutes: 10, title: { en: "Step 1" } }, { title: { en: "Step 2" } }] });

    expect(await admin.chooseCodevMethodAction(null, form({ programmeId: openId, methodKey: `custom:${own.id}` }))).toMatchObject({ ok: true });
    const before = await snapshotOf(world.org.organizationId);
    expect(await library.deleteMethodAction(null, form({ methodId: own.id }))).toEqual({ ok: false, error: "methodInUse" });
    expect(await snapshotOf(world.org.organizationId)).toBe(before);

    await expect(library.updateMethodAction(null, form(methodFields({ methodId: own.id, "name.en": "Fishbowl 2" })))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await admin.chooseCodevMethodAction(null, form({ programmeId: openId, methodKey: "codevelopment" }))).toMatchObject({ ok: true });
    await expect(library.deleteMethodAction(null, form({ methodId: own.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await getDb().select().from(codevMethods).where(eq(codevMethods.id, own.id))).toEqual([]);
  });
});

describe("co-development enrolment actions", () => {
  const enrol = (change: Record<string, string | string[]> = {}) =>
    member.saveCodevEnrolmentAction(null, form({ programmeId: openId, role: "participant", "languages[]": ["nl"], confirmLanguages: "on", confirmAvailability: "on", charter: "on", ...change }));
  const withdraw = () => member.withdrawEnrolmentAction(null, form({ programmeId: openId }));

  it("refuse a signed-out request and another organisation's member, and change nothing", async () => {
    const before = await snapshotOf(world.org.organizationId);
    expect(await enrol()).toMatchObject({ ok: false, error: "unauthenticated" });
    session.userId = world.stranger.userId;
    expect(await enrol()).toMatchObject({ ok: false, error: "not_found" });
    expect(await withdraw()).toMatchObject({ ok: false, error: "not_found" });
    expect(await snapshotOf(world.org.organizationId)).toBe(before);
  });

  it("refuse a sign-up without the charter or the confirmations, field by field, and write nothing", async () => {
    session.userId = world.member.userId;
    const before = await snapshotOf(world.org.organizationId);
    expect(await member.saveCodevEnrolmentAction(null, form({ programmeId: openId, role: "participant" }))).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { languages: "languagesRequired", confirmLanguages: "confirmLanguages", confirmAvailability: "confirmAvailability", charter: "charterRequired" },
    });
    expect(await enrol({ charter: "" })).toMatchObject({ ok: false, fieldErrors: { charter: "charterRequired" } });
    expect(await snapshotOf(world.org.organizationId)).toBe(before);
  });

  it("let a member sign up with the charter agreed, change it and withdraw", async () => {
    session.userId = world.member.userId;
    expect(await enrol()).toEqual({ ok: true, message: "created" });
    const [row] = await getDb().select().from(enrolments).where(and(eq(enrolments.programmeId, openId), eq(enrolments.membershipId, world.member.membershipId)));
    expect(row).toMatchObject({ role: "participant", status: "active", answers: { languages: ["nl"], charter: { version: 1 } } });
    expect(Date.now() - Date.parse((row.answers as { charter: { agreedAt: string } }).charter.agreedAt)).toBeLessThan(60_000);
    expect(await enrol({ "languages[]": ["nl", "en"] })).toEqual({ ok: true, message: "updated" });
    expect(await enrol({ role: "facilitator" })).toMatchObject({ ok: false, error: "otherRole" });
    expect(await withdraw()).toEqual({ ok: true, message: "withdrawn" });
    const [after] = await getDb().select().from(enrolments).where(eq(enrolments.id, row.id));
    expect(after).toMatchObject({ status: "withdrawn", answers: { languages: ["nl", "en"] } });
  });
});
