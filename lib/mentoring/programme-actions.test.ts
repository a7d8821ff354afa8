import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { programmes } from "@/db/schema";
import { createProgrammeWorld, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { insertMentoringProgramme } from "./programme-test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";

// The programme server actions as a crafted request calls them: only the Auth.js session lookup and Next's
// request APIs are replaced; roles and organisations come from the real database. After every refusal,
// nothing of the organisation may have changed.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const admin = await import("@/app/(admin)/admin/programmes/actions");
const member = await import("@/app/(app)/programmes/actions");

let world: ProgrammeWorld;
let draftId: string;
let openId: string;

async function snapshotOf(organizationId: string): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ["programmes", "enrolments", "audit_events"]) {
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
  nameNl: "Nieuw", nameEn: "New", descriptionNl: "Beschrijving", descriptionEn: "Description", opens: "2030-01-01", closes: "2030-01-31",
  matchingMode: "admin", departmentRule: "ignore", minSeniorityGap: "1", defaultCapacity: "2", responseDays: "5",
  "weights.topics": "3", "weights.seniority": "2", "weights.timeZone": "1", "weights.department": "1", "weights.availability": "2",
};

const adminCalls = () => ({
  create: () => admin.createProgrammeAction(null, form(programmeFields)),
  update: () => admin.updateProgrammeAction(null, form({ ...programmeFields, programmeId: draftId, nameEn: "Taken over" })),
  open: () => admin.changeProgrammeStatusAction(null, form({ programmeId: draftId, transition: "open" })),
  archive: () => admin.changeProgrammeStatusAction(null, form({ programmeId: openId, transition: "archive" })),
});

beforeAll(async () => {
  world = await createProgrammeWorld();
  draftId = await insertMentoringProgramme(world.org.organizationId, "draft");
  openId = await insertMentoringProgramme(world.org.organizationId, "open");
});
beforeEach(() => {
  session.userId = null;
});
afterAll(() => closeDb());

describe("programme admin actions", () => {
  for (const name of ["create", "update", "open", "archive"] as const) {
    it(`${name}: a member is forbidden, a signed-out request unauthenticated, another organisation's admin changes nothing here`, async () => {
      const before = await snapshotOf(world.org.organizationId);
      session.userId = world.member.userId;
      expect(await adminCalls()[name]()).toMatchObject({ ok: false, error: "forbidden" });
      session.userId = null;
      expect(await adminCalls()[name]()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = world.otherOrg.admin.userId;
      if (name === "create") await expect(adminCalls().create()).rejects.toThrow(/NEXT_REDIRECT/);
      else expect((await adminCalls()[name]()).ok).toBe(false);
      expect(await snapshotOf(world.org.organizationId)).toBe(before);
    });
  }

  it("an admin creates (and is sent to the new programme), edits and opens", async () => {
    session.userId = world.admin.userId;
    await expect(adminCalls().create()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await adminCalls().update()).toMatchObject({ ok: true });
    expect(await adminCalls().open()).toMatchObject({ ok: true, message: "open" });
    const [p] = await getDb().select().from(programmes).where(eq(programmes.id, draftId));
    expect(p).toMatchObject({ status: "open", name: { en: "Taken over" }, settings: { weights: { topics: 3, timeZone: 1 }, defaultCapacity: 2 } });
    expect(await admin.updateProgrammeAction(null, form({ ...programmeFields, programmeId: draftId, closes: "2029-12-01" }))).toMatchObject({ ok: false, fieldErrors: { closes: "closesBeforeOpens" } });
  });
});

describe("enrolment actions", () => {
  const enrol = () => member.saveEnrolmentAction(null, form({ programmeId: openId, role: "mentee", goals: "Grow", "topics[]": ["coaching"], "avoid[]": [world.colleague.membershipId] }));
  const withdraw = () => member.withdrawEnrolmentAction(null, form({ programmeId: openId }));

  it("refuse a signed-out request and another organisation's member, and change nothing", async () => {
    const before = await snapshotOf(world.org.organizationId);
    expect(await enrol()).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await withdraw()).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await member.searchAvoidAction("colleague")).toEqual([]);
    session.userId = world.stranger.userId;
    expect(await enrol()).toMatchObject({ ok: false, error: "not_found" });
    expect(await withdraw()).toMatchObject({ ok: false, error: "not_found" });
    expect(await member.searchAvoidAction("colleague")).toEqual([]);
    expect(await snapshotOf(world.org.organizationId)).toBe(before);
  });

  it("let a member enrol with the session's identity, find colleagues and withdraw", async () => {
    session.userId = world.member.userId;
    expect(await enrol()).toMatchObject({ ok: true, message: "created" });
    expect((await member.searchAvoidAction("colleague")).map((p) => p.membershipId)).toEqual([world.colleague.membershipId]);
    expect(await member.saveEnrolmentAction(null, form({ programmeId: openId, role: "mentor", capacity: "2" }))).toMatchObject({ ok: false, error: "otherRole" });
    expect(await withdraw()).toMatchObject({ ok: true });
  });
});
