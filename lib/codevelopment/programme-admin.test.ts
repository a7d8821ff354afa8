import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, codevGroups, programmes } from "@/db/schema";
import { builtInMethod } from "@/lib/codevelopment/core/methods";
import { readCodevSettings } from "@/lib/codevelopment/core/settings";
import { nestFields } from "@/lib/forms/form-data";
import { createMentoringProgramme } from "@/lib/mentoring/programme-admin";
import { mentoringProgrammeInput } from "@/lib/mentoring/programme-test-fixtures";
import { changeProgrammeStatus } from "@/lib/programmes/status";
import { createProgrammeWorld, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { getProgrammeForAdmin } from "@/lib/registry/programme-kinds";
import { chooseProgrammeMethod, createCodevProgramme, saveProgrammeSteps, updateCodevProgramme } from "./programme-admin";
import { codevProgrammeInputSchema, programmeStepsSchema, type ProgrammeStepsInput } from "./programme-schemas";
import { codevProgrammeInput } from "./programme-test-fixtures";

let world: ProgrammeWorld;
beforeAll(async () => {
  world = await createProgrammeWorld();
});
afterAll(() => closeDb());

const row = async (id: string) => (await getDb().select().from(programmes).where(eq(programmes.id, id)))[0];
const settingsOf = async (id: string) => readCodevSettings((await row(id)).settings);

/** The programme's copy as its steps form sends it, with one step changed. */
async function stepsInput(programmeId: string, index: number, change: Partial<ProgrammeStepsInput["steps"][number]>): Promise<ProgrammeStepsInput> {
  const { method } = await settingsOf(programmeId);
  return { programmeId, steps: method.steps.map((s, i) => ({ key: s.key, title: s.title, instruction: s.instruction, minutes: s.minutes, ...(i === index ? change : {}) })) };
}

describe("co-development programme administration", () => {
  it("creates a draft with its settings, the window in the organisation's time zone and a copy of the method", async () => {
    const id = await createCodevProgramme(world.admin.scope, codevProgrammeInput({ opens: "2030-03-01", closes: "2030-03-31", groupSizeMin: 4, facilitatorMode: "rotating", languages: ["en"], methodKey: "incident" }));
    const p = await row(id);
    expect(p).toMatchObject({ organizationId: world.org.organizationId, kind: "codevelopment", status: "draft", name: { nl: "Intervisie", en: "Co-development" } });
    expect(p.signupOpensAt?.toISOString()).toBe("2030-02-28T23:00:00.000Z");
    expect(p.settings).toMatchObject({ groupSizeMin: 4, groupSizeMax: 7, cadenceWeeks: 3, sessionMinutes: 120, facilitatorMode: "rotating", languages: ["en"], casePrepDays: 7 });
    expect((await settingsOf(id)).method).toEqual(builtInMethod("incident"));
    const view = await getProgrammeForAdmin(world.admin.scope, id);
    expect(view).toMatchObject({ kind: "codevelopment", opens: "2030-03-01", closes: "2030-03-31", settings: { facilitatorMode: "rotating" } });
  });

  it("edits the details without touching the method, and the steps of its copy only", async () => {
    const id = await createCodevProgramme(world.admin.scope, codevProgrammeInput({ methodKey: "gossip" }));
    await saveProgrammeSteps(world.admin.scope, await stepsInput(id, 2, { minutes: 25, instruction: { nl: "Draai je om.", en: "Turn around." } }));
    await updateCodevProgramme(world.admin.scope, id, codevProgrammeInput({ nameEn: "Renamed", cadenceWeeks: 4, sessionMinutes: 90 }));
    const settings = await settingsOf(id);
    expect((await row(id)).name.en).toBe("Renamed");
    expect(settings).toMatchObject({ cadenceWeeks: 4, sessionMinutes: 90 });
    expect(settings.method.steps[2]).toMatchObject({ key: "gossip", minutes: 25, presenterTurnedAway: true, instruction: { en: "Turn around." }, title: { en: "Gossip round" } });
    // The library's method is not changed.
    expect(builtInMethod("gossip")!.steps[2].minutes).toBe(20);

    // A form opened before another method was chosen is refused, not mixed into the new copy.
    const stale = await stepsInput(id, 0, { minutes: 7 });
    await chooseProgrammeMethod(world.admin.scope, id, "balint");
    await expect(saveProgrammeSteps(world.admin.scope, stale)).rejects.toMatchObject({ code: "conflict", messageKey: "methodChanged" });
    expect((await settingsOf(id)).method).toEqual(builtInMethod("balint"));
    const audit = await getDb().select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.targetType, "programme"), eq(auditEvents.targetId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["programme.created", "programme.methodChosen", "programme.methodEdited", "programme.updated"]);
  });

  it("keeps the way of facilitating once groups are published (the members answered feedback under it)", async () => {
    const id = await createCodevProgramme(world.admin.scope, codevProgrammeInput({ facilitatorMode: "perGroup" }));
    await updateCodevProgramme(world.admin.scope, id, codevProgrammeInput({ facilitatorMode: "rotating" }));
    await updateCodevProgramme(world.admin.scope, id, codevProgrammeInput({ facilitatorMode: "perGroup" }));
    await getDb().insert(codevGroups).values({ organizationId: world.org.organizationId, programmeId: id, status: "published", number: 1, language: "nl", slot: "mon-19", publishedAt: new Date() });
    await expect(updateCodevProgramme(world.admin.scope, id, codevProgrammeInput({ facilitatorMode: "rotating" }))).rejects.toMatchObject({ messageKey: "codevAdmin.errors.facilitatorModeLocked" });
    expect(readCodevSettings((await getDb().select().from(programmes).where(eq(programmes.id, id)))[0].settings).facilitatorMode).toBe("perGroup");
    // Everything else can still be edited.
    await updateCodevProgramme(world.admin.scope, id, codevProgrammeInput({ nameEn: "Renamed while running" }));
  });

  it("opens, closes and archives like a mentoring programme; an archived one cannot be edited", async () => {
    const id = await createCodevProgramme(world.admin.scope, codevProgrammeInput());
    await changeProgrammeStatus(world.admin.scope, id, "open");
    await changeProgrammeStatus(world.admin.scope, id, "close");
    expect((await row(id)).status).toBe("matching");
    await changeProgrammeStatus(world.admin.scope, id, "archive");
    const before = await row(id);
    await expect(updateCodevProgramme(world.admin.scope, id, codevProgrammeInput({ nameEn: "Late" }))).rejects.toMatchObject({ code: "not_found" });
    await expect(chooseProgrammeMethod(world.admin.scope, id, "incident")).rejects.toMatchObject({ code: "not_found" });
    await expect(saveProgrammeSteps(world.admin.scope, await stepsInput(id, 0, { minutes: 1 }))).rejects.toMatchObject({ code: "not_found" });
    expect(await row(id)).toEqual(before);
  });

  it("refuses a mentoring programme, another organisation and a member, and writes nothing", async () => {
    const mentoring = await createMentoringProgramme(world.admin.scope, mentoringProgrammeInput());
    await expect(updateCodevProgramme(world.admin.scope, mentoring, codevProgrammeInput())).rejects.toMatchObject({ code: "not_found" });
    await expect(chooseProgrammeMethod(world.admin.scope, mentoring, "incident")).rejects.toMatchObject({ code: "not_found" });
    const id = await createCodevProgramme(world.admin.scope, codevProgrammeInput());
    const before = await row(id);
    const outsider = world.otherOrg.admin.scope;
    await expect(updateCodevProgramme(outsider, id, codevProgrammeInput({ nameEn: "Taken" }))).rejects.toMatchObject({ code: "not_found" });
    await expect(chooseProgrammeMethod(outsider, id, "incident")).rejects.toMatchObject({ code: "not_found" });
    await expect(saveProgrammeSteps(outsider, await stepsInput(id, 0, { minutes: 1 }))).rejects.toMatchObject({ code: "not_found" });
    expect(await getProgrammeForAdmin(outsider, id)).toBeNull();
    await expect(createCodevProgramme(world.member.scope, codevProgrammeInput())).rejects.toMatchObject({ code: "forbidden" });
    await expect(chooseProgrammeMethod(world.member.scope, id, "incident")).rejects.toMatchObject({ code: "forbidden" });
    expect(await row(id)).toEqual(before);
    expect((await getProgrammeForAdmin(world.admin.scope, mentoring))?.kind).toBe("mentoring");
  });
});

describe("the co-development forms", () => {
  it("nest flat field names into steps, and list every problem at once", () => {
    expect(nestFields({ programmeId: "x", "steps.1.title.nl": "B", "steps.0.title.nl": "A", "steps.0.minutes": "5", "__proto__.polluted": "1" })).toEqual({
      programmeId: "x",
      steps: [{ title: { nl: "A" }, minutes: "5" }, { title: { nl: "B" } }],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const parsed = programmeStepsSchema.safeParse(nestFields({ programmeId: crypto.randomUUID(), "steps.0.key": "a", "steps.0.title.nl": "A", "steps.0.title.en": "A", "steps.0.instruction.nl": "I", "steps.0.instruction.en": "I", "steps.0.minutes": "121" }));
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["steps.0.minutes", "errors.minutesRange"]]);
    const both = codevProgrammeInputSchema.safeParse({ ...codevProgrammeInput(), nameEn: "", opens: "2030-02-01", closes: "2030-01-01", groupSizeMin: 8, groupSizeMax: 6 });
    expect(both.error?.issues.map((i) => i.path.join("."))).toEqual(["nameEn", "closes", "groupSizeMax"]);
  });
});
