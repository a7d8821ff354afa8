import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, codevMethods, programmes } from "@/db/schema";
import { changeProgrammeStatus } from "@/lib/programmes/status";
import { createProgrammeWorld, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { chooseProgrammeMethod, createCodevProgramme } from "./programme-admin";
import type { OwnMethodInput } from "./programme-schemas";
import { codevProgrammeInput } from "./programme-test-fixtures";
import { createOwnMethod, deleteOwnMethod, getOwnMethod, listMethodChoices, listMethodLibrary, updateOwnMethod } from "./custom-methods";
import { readCodevSettings } from "@/lib/codevelopment/core/settings";

let world: ProgrammeWorld;
beforeAll(async () => {
  world = await createProgrammeWorld();
});
afterAll(() => closeDb());

const step = (n: number, key?: string) => ({ key, title: { nl: `Stap ${n}`, en: `Step ${n}` }, instruction: { nl: "Doe dit.", en: "Do this." }, minutes: 10 * n });
const input = (change: Partial<OwnMethodInput> = {}): OwnMethodInput => ({
  name: { nl: "Vissenkom", en: "Fishbowl" },
  summary: { nl: "Een binnen- en een buitenkring.", en: "An inner and an outer circle." },
  steps: [step(1), step(2)],
  ...change,
});

describe("an organisation's own methods", () => {
  it("are added, listed next to the built-in ones, edited (keeping step keys) and deleted", async () => {
    const scope = world.admin.scope;
    const id = await createOwnMethod(scope, input());
    const own = await getOwnMethod(scope, id);
    expect(own?.method).toMatchObject({ key: `custom:${id}`, name: { en: "Fishbowl" }, steps: [{ minutes: 10 }, { minutes: 20 }] });
    const [first, second] = own!.method.steps;
    expect(first.key).not.toBe(second.key);

    const library = await listMethodLibrary(scope);
    expect(library.builtIn.map((m) => m.key)).toEqual(["codevelopment", "incident", "gossip", "balint"]);
    expect(library.own.map((m) => m.id)).toContain(id);
    expect((await listMethodChoices(scope)).map((c) => c.key)).toEqual(expect.arrayContaining(["codevelopment", `custom:${id}`]));

    // Reordered, one new step; a duplicated or malformed key gets a fresh one.
    await updateOwnMethod(scope, id, input({ steps: [step(3, second.key), step(4), step(5, first.key), step(6, first.key), step(7, "Bad Key!")] }));
    const edited = (await getOwnMethod(scope, id))!.method;
    expect(edited.steps.map((s) => s.title.en)).toEqual(["Step 3", "Step 4", "Step 5", "Step 6", "Step 7"]);
    expect(edited.steps[0].key).toBe(second.key);
    expect(edited.steps[2].key).toBe(first.key);
    expect(new Set(edited.steps.map((s) => s.key)).size).toBe(5);
    expect(edited.steps[4].key).toMatch(/^step-[0-9a-f]{8}$/);

    await deleteOwnMethod(scope, id);
    expect(await getOwnMethod(scope, id)).toBeNull();
    const audit = await getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["codevMethod.created", "codevMethod.deleted", "codevMethod.updated"]);
  });

  it("cannot be deleted while a programme that is not archived uses them; the programme keeps its copy when the method is edited", async () => {
    const scope = world.admin.scope;
    const id = await createOwnMethod(scope, input());
    const programmeId = await createCodevProgramme(scope, codevProgrammeInput({ methodKey: `custom:${id}` }));
    await updateOwnMethod(scope, id, input({ name: { nl: "Anders", en: "Changed" } }));
    const [p] = await getDb().select().from(programmes).where(eq(programmes.id, programmeId));
    expect(readCodevSettings(p.settings).method.name.en).toBe("Fishbowl");
    expect((await getOwnMethod(scope, id))?.usedBy).toEqual([{ nl: "Intervisie", en: "Co-development" }]);

    await expect(deleteOwnMethod(scope, id)).rejects.toMatchObject({ code: "conflict", messageKey: "methodInUse" });
    expect(await getOwnMethod(scope, id)).not.toBeNull();
    // Archiving the programme frees the method (as does choosing another method, see below).
    await changeProgrammeStatus(scope, programmeId, "archive");
    await deleteOwnMethod(scope, id);
    expect(await getDb().select().from(codevMethods).where(eq(codevMethods.id, id))).toEqual([]);

    const other = await createOwnMethod(scope, input());
    const running = await createCodevProgramme(scope, codevProgrammeInput({ methodKey: `custom:${other}` }));
    await expect(deleteOwnMethod(scope, other)).rejects.toMatchObject({ messageKey: "methodInUse" });
    await chooseProgrammeMethod(scope, running, "incident");
    await deleteOwnMethod(scope, other);
  });

  it("stay inside their organisation and need an admin", async () => {
    const id = await createOwnMethod(world.admin.scope, input());
    const outsider = world.otherOrg.admin.scope;
    expect(await getOwnMethod(outsider, id)).toBeNull();
    expect((await listMethodLibrary(outsider)).own.map((m) => m.id)).not.toContain(id);
    await expect(updateOwnMethod(outsider, id, input({ name: { nl: "Weg", en: "Gone" } }))).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteOwnMethod(outsider, id)).rejects.toMatchObject({ code: "not_found" });
    // Another organisation cannot copy it into a programme of theirs either.
    await expect(createCodevProgramme(outsider, codevProgrammeInput({ methodKey: `custom:${id}` }))).rejects.toMatchObject({ messageKey: "unknownMethod" });
    for (const call of [() => listMethodLibrary(world.member.scope), () => createOwnMethod(world.member.scope, input()), () => deleteOwnMethod(world.member.scope, id)]) {
      await expect(call()).rejects.toMatchObject({ code: "forbidden" });
    }
    expect((await getOwnMethod(world.admin.scope, id))?.method.name.en).toBe("Fishbowl");
  });
});
