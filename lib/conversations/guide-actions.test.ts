import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { conversationGuides } from "@/db/schema";
import type { TestPerson } from "@/lib/members/test-helpers";
import { testSession } from "@/lib/testing/request-mocks";
import { createProgrammeWorld, type ProgrammeWorld } from "@/lib/programmes/test-fixtures";
import { guideFields, ownGuideInput } from "./guide-fixtures";
import { createOwnGuide } from "./own-guides";

// The guide library's server actions as a crafted request calls them: only the Auth.js session lookup and
// Next's request APIs are replaced; roles and organisations come from the real database. After every
// refusal, nothing of the organisation may have changed.
const session = testSession;
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const library = await import("@/app/(admin)/admin/guides/actions");

let world: ProgrammeWorld;
let facilitator: TestPerson;
let guideId: string;

async function snapshotOf(organizationId: string): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ["conversation_guides", "audit_events"]) {
    parts.push(Array.from(await getDb().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${organizationId} order by id`)));
  }
  return JSON.stringify(parts);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const calls = () => ({
  create: () => library.createGuideAction(null, form(guideFields())),
  update: () => library.updateGuideAction(null, form(guideFields({ guideId, "name.en": "Taken over" }))),
  delete: () => library.deleteGuideAction(null, form({ guideId })),
});

beforeAll(async () => {
  world = await createProgrammeWorld();
  facilitator = await world.org.addPerson("facilitator", "facilitator");
  guideId = await createOwnGuide(world.admin.scope, ownGuideInput());
});
beforeEach(() => {
  session.userId = null;
});
afterAll(() => closeDb());

describe("the guide library's actions", () => {
  for (const name of ["create", "update", "delete"] as const) {
    it(`${name}: a member and a facilitator are forbidden, a signed-out request unauthenticated, another organisation's admin changes nothing here`, async () => {
      const before = await snapshotOf(world.org.organizationId);
      for (const person of [world.member, facilitator]) {
        session.userId = person.userId;
        expect(await calls()[name]()).toMatchObject({ ok: false, error: "forbidden" });
      }
      session.userId = null;
      expect(await calls()[name]()).toMatchObject({ ok: false, error: "unauthenticated" });
      session.userId = world.otherOrg.admin.userId;
      // Creating writes to the other admin's own library; editing or deleting this one finds nothing.
      if (name === "create") await expect(calls()[name]()).rejects.toThrow(/NEXT_REDIRECT/);
      else expect(await calls()[name]()).toMatchObject({ ok: false, error: "not_found" });
      expect(await snapshotOf(world.org.organizationId)).toBe(before);
    });
  }

  it("refuse bad input at the field and write nothing: a language missing, too long, no steps, questions that do not pair up", async () => {
    session.userId = world.admin.userId;
    const before = await snapshotOf(world.org.organizationId);
    const refused = async (change: Record<string, string | null>) => {
      const result = await library.createGuideAction(null, form(guideFields(change)));
      expect(result).toMatchObject({ ok: false, error: "invalid" });
      return (result as { fieldErrors: Record<string, string> }).fieldErrors;
    };
    expect(await refused({ "name.en": "", "steps.0.title.nl": "", "closing.prompts.en": "  ", "preparation.en": "" })).toEqual({
      "name.en": "required",
      "steps.0.title.nl": "required",
      "closing.prompts.en": "promptsRequired",
      "preparation.en": "preparationBoth",
    });
    expect(await refused({ "name.nl": "x".repeat(121), "summary.en": "x".repeat(501), "steps.1.prompts.en": `${"x".repeat(301)}?`, "preparation.nl": "x".repeat(2001) })).toEqual({
      "name.nl": "tooLong",
      "summary.en": "tooLong",
      "steps.1.prompts.en": "promptTooLong",
      "preparation.nl": "tooLong",
    });
    const noSteps = Object.fromEntries(Object.keys(guideFields()).filter((k) => k.startsWith("steps.")).map((k) => [k, null]));
    expect(await refused(noSteps)).toEqual({ steps: "stepsRequired" });
    expect(await refused({ "steps.0.prompts.en": "Only one?", "steps.1.minutes": "0", kind: "appraisal" })).toEqual({
      "steps.0.prompts.en": "promptsMismatch",
      "steps.1.minutes": "minutesRange",
      kind: "invalidOption",
    });
    expect(await library.updateGuideAction(null, form(guideFields({ guideId, "summary.nl": "" })))).toMatchObject({ ok: false, fieldErrors: { "summary.nl": "required" } });
    expect(await library.deleteGuideAction(null, form({ guideId: "not-a-uuid" }))).toMatchObject({ ok: false });
    expect(await snapshotOf(world.org.organizationId)).toBe(before);
  });

  it("let an admin add, edit and delete an own guide", async () => {
    session.userId = world.admin.userId;
    await expect(library.createGuideAction(null, form(guideFields({ "name.en": "Fresh start", "preparation.nl": "", "preparation.en": "" })))).rejects.toThrow(/NEXT_REDIRECT/);
    const rows = await getDb().select().from(conversationGuides).where(eq(conversationGuides.organizationId, world.org.organizationId));
    const created = rows.find((r) => r.guide.name.en === "Fresh start")!;
    expect(created.guide).toMatchObject({
      key: `custom:${created.id}`,
      kind: "career",
      steps: [{ title: { en: "Looking back" }, prompts: [{ nl: "Wat ging goed?", en: "What went well?" }, { nl: "Wat niet?", en: "What didn't?" }], minutes: 10 }, { minutes: 15 }],
      preparation: null,
      closing: { prompts: [{ en: "Who does what?" }], minutes: 5 },
    });

    const stepKey = created.guide.steps[0].key;
    await expect(library.updateGuideAction(null, form(guideFields({ guideId: created.id, "name.en": "Fresh start 2", "steps.0.key": stepKey })))).rejects.toThrow(/NEXT_REDIRECT/);
    const [edited] = await getDb().select().from(conversationGuides).where(eq(conversationGuides.id, created.id));
    expect(edited.guide).toMatchObject({ name: { en: "Fresh start 2" }, preparation: { en: "Please prepare." } });
    expect(edited.guide.steps[0].key).toBe(stepKey);

    await expect(library.deleteGuideAction(null, form({ guideId: created.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await getDb().select().from(conversationGuides).where(eq(conversationGuides.id, created.id))).toEqual([]);
  });
});
