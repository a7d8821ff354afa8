import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, programmes } from "@/db/schema";
import { listProgrammesForAdmin } from "@/lib/programmes/admin";
import { changeProgrammeStatus } from "@/lib/programmes/status";
import { createProgrammeWorld, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { getProgrammeForAdmin } from "@/lib/registry/programme-kinds";
import { createMentoringProgramme, updateMentoringProgramme } from "./programme-admin";
import { mentoringProgrammeInput } from "./programme-test-fixtures";

let world: ProgrammeWorld;
beforeAll(async () => {
  world = await createProgrammeWorld();
});
afterAll(() => closeDb());

const row = async (id: string) => (await getDb().select().from(programmes).where(eq(programmes.id, id)))[0];
const auditOf = async (id: string) =>
  (await getDb().select().from(auditEvents).where(and(eq(auditEvents.targetType, "programme"), eq(auditEvents.targetId, id)))).map((a) => a.action);

describe("programme administration", () => {
  it("creates a draft mentoring programme with its settings and window in the organisation's time zone", async () => {
    const id = await createMentoringProgramme(world.admin.scope, mentoringProgrammeInput({ opens: "2030-03-01", closes: "2030-03-31", defaultCapacity: 3, departmentRule: "require-different" }));
    const p = await row(id);
    expect(p).toMatchObject({ organizationId: world.org.organizationId, kind: "mentoring", status: "draft", name: { nl: "Mentorprogramma", en: "Mentoring programme" } });
    expect(p.signupOpensAt?.toISOString()).toBe("2030-02-28T23:00:00.000Z");
    expect(p.signupClosesAt?.toISOString()).toBe("2030-03-31T22:00:00.000Z");
    expect(p.settings).toMatchObject({ defaultCapacity: 3, departmentRule: "require-different", responseDays: 5 });
    const view = await getProgrammeForAdmin(world.admin.scope, id);
    expect(view).toMatchObject({ opens: "2030-03-01", closes: "2030-03-31" });
    expect(await auditOf(id)).toEqual(["programme.created"]);
  });

  it("edits, lists, opens, closes sign-up and archives, each only from the right status", async () => {
    const id = await createMentoringProgramme(world.admin.scope, mentoringProgrammeInput());
    await updateMentoringProgramme(world.admin.scope, id, mentoringProgrammeInput({ nameEn: "Renamed", weights: { topics: 5, seniority: 0, timeZone: 1, department: 1, availability: 1 } }));
    expect((await row(id)).name.en).toBe("Renamed");
    expect((await listProgrammesForAdmin(world.admin.scope)).map((p) => p.id)).toContain(id);

    await expect(changeProgrammeStatus(world.admin.scope, id, "close")).rejects.toMatchObject({ code: "conflict" });
    expect((await row(id)).status).toBe("draft");
    await changeProgrammeStatus(world.admin.scope, id, "open");
    await expect(changeProgrammeStatus(world.admin.scope, id, "open")).rejects.toMatchObject({ code: "conflict" });
    await changeProgrammeStatus(world.admin.scope, id, "close");
    expect((await row(id)).status).toBe("matching");
    await changeProgrammeStatus(world.admin.scope, id, "archive");
    expect((await row(id)).status).toBe("closed");
    await expect(changeProgrammeStatus(world.admin.scope, id, "archive")).rejects.toMatchObject({ code: "conflict" });
    await expect(updateMentoringProgramme(world.admin.scope, id, mentoringProgrammeInput())).rejects.toMatchObject({ code: "not_found" });
    expect(await auditOf(id)).toEqual(["programme.created", "programme.updated", "programme.opened", "programme.signupClosed", "programme.archived"]);
  });

  it("refuses a member and another organisation's admin, and changes nothing", async () => {
    const id = await createMentoringProgramme(world.admin.scope, mentoringProgrammeInput());
    const before = await row(id);
    await expect(createMentoringProgramme(world.member.scope, mentoringProgrammeInput())).rejects.toMatchObject({ code: "forbidden" });
    await expect(listProgrammesForAdmin(world.member.scope)).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeProgrammeStatus(world.member.scope, id, "open")).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateMentoringProgramme(world.member.scope, id, mentoringProgrammeInput({ nameEn: "x" }))).rejects.toMatchObject({ code: "forbidden" });
    const outsider = world.otherOrg.admin.scope;
    expect(await getProgrammeForAdmin(outsider, id)).toBeNull();
    expect((await listProgrammesForAdmin(outsider)).map((p) => p.id)).not.toContain(id);
    await expect(changeProgrammeStatus(outsider, id, "open")).rejects.toMatchObject({ code: "conflict" });
    await expect(updateMentoringProgramme(outsider, id, mentoringProgrammeInput({ nameEn: "x" }))).rejects.toMatchObject({ code: "not_found" });
    // A forged scope (the outsider claiming this organisation) fails the role re-check.
    await expect(changeProgrammeStatus({ ...outsider, organizationId: world.org.organizationId }, id, "open")).rejects.toMatchObject({ code: "forbidden" });
    expect(await row(id)).toEqual(before);
    expect(await auditOf(id)).toEqual(["programme.created"]);
  });
});
