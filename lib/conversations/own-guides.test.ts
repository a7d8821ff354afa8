import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, conversationGuides } from "@/db/schema";
import { listAuditEvents } from "@/lib/insights/audit-log";
import { createProgrammeWorld, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { ownGuideInput } from "./guide-fixtures";
import { createOwnGuide, deleteOwnGuide, getOwnGuide, listGuideLibrary, updateOwnGuide } from "./own-guides";

let world: ProgrammeWorld;
beforeAll(async () => {
  world = await createProgrammeWorld();
});
afterAll(() => closeDb());

describe("an organisation's own conversation guides", () => {
  it("are added, listed next to the built-in ones, edited (keeping step keys) and deleted, each change audited without its text", async () => {
    const scope = world.admin.scope;
    const id = await createOwnGuide(scope, ownGuideInput());
    const own = (await getOwnGuide(scope, id))!.guide;
    expect(own).toMatchObject({
      key: `custom:${id}`,
      kind: "oneOnOne",
      steps: [{ prompts: [{ nl: "Hoe was je eerste week?", en: "How was your first week?" }, { nl: "Wat viel je op?", en: "What struck you?" }], minutes: 10 }, { minutes: 15 }],
      preparation: { en: "Think about your first week." },
      closing: { prompts: [{ nl: "Wat spreken we af?", en: "What do we agree?" }], minutes: 5 },
    });
    const [first, second] = own.steps;
    expect(first.key).not.toBe(second.key);

    const library = await listGuideLibrary(scope);
    expect(library.builtIn.map((g) => g.key)).toEqual(["mentoringFirst", "mentoringCheckIn", "oneOnOne", "career", "stay"]);
    expect(library.own.map((g) => g.id)).toEqual([id]);

    // Reordered, one step new, the preparation email dropped.
    const [a, b] = ownGuideInput().steps;
    await updateOwnGuide(scope, id, ownGuideInput({ kind: "stay", steps: [{ ...b, key: second.key }, { ...a, title: { nl: "Nieuw", en: "New" } }, { ...a, key: first.key }], preparation: null }));
    const edited = (await getOwnGuide(scope, id))!.guide;
    expect(edited).toMatchObject({ kind: "stay", preparation: null });
    expect(edited.steps.map((s) => s.title.en)).toEqual(["Expectations", "New", "Welcome"]);
    expect(edited.steps[0].key).toBe(second.key);
    expect(edited.steps[2].key).toBe(first.key);
    expect(edited.steps[1].key).toMatch(/^step-[0-9a-f]{8}$/);

    await deleteOwnGuide(scope, id);
    expect(await getOwnGuide(scope, id)).toBeNull();
    const audit = await getDb().select({ action: auditEvents.action, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(audit.map((e) => e.action).sort()).toEqual(["conversationGuide.created", "conversationGuide.deleted", "conversationGuide.updated"]);
    expect(JSON.stringify(audit)).not.toContain("Kick-off");
  });

  it("stay inside their organisation and need an admin", async () => {
    const id = await createOwnGuide(world.admin.scope, ownGuideInput());
    const outsider = world.otherOrg.admin.scope;
    expect(await getOwnGuide(outsider, id)).toBeNull();
    expect((await listGuideLibrary(outsider)).own).toEqual([]);
    await expect(updateOwnGuide(outsider, id, ownGuideInput({ name: { nl: "Weg", en: "Gone" } }))).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteOwnGuide(outsider, id)).rejects.toMatchObject({ code: "not_found" });
    for (const call of [() => listGuideLibrary(world.member.scope), () => getOwnGuide(world.member.scope, id), () => createOwnGuide(world.member.scope, ownGuideInput()), () => deleteOwnGuide(world.member.scope, id)]) {
      await expect(call()).rejects.toMatchObject({ code: "forbidden" });
    }
    const [row] = await getDb().select().from(conversationGuides).where(eq(conversationGuides.id, id));
    expect(row.guide.name.en).toBe("Kick-off");
    // The audit log names the guide from its row, not from the event.
    const logged = (await listAuditEvents(world.admin.scope)).rows.find((r) => r.action === "conversationGuide.created" && r.targetType === "conversation_guide");
    expect(logged?.subject).toEqual({ kind: "localized", name: { nl: "Startgesprek", en: "Kick-off" } });
  });
});
