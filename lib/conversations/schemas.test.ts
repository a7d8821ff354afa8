import { describe, expect, it } from "vitest";
import { closingRecordSchema, guideSchema } from "./schemas";
import { demoOnboardingGuide } from "@/db/seed-conversations";
import { builtInGuide } from "./core/built-in-guides";

// What the closing step records, and a stored guide read back: both refuse what a person could not have
// typed in the form.

describe("a conversation's closing record", () => {
  it("keeps agreements and actions, a due date optional and a calendar day when given", () => {
    expect(closingRecordSchema.parse({ agreements: [" We spreken elke maand af. "], actions: [{ description: "Plan een gesprek met HR", dueDate: "2030-03-01" }, { description: "Lees het boek", dueDate: "" }] })).toEqual({
      agreements: ["We spreken elke maand af."],
      actions: [{ description: "Plan een gesprek met HR", ownerMembershipId: null, dueDate: "2030-03-01" }, { description: "Lees het boek", ownerMembershipId: null, dueDate: null }],
    });
  });

  it("refuses an empty action, an impossible date, an owner that is no id and text that is too long", () => {
    const result = closingRecordSchema.safeParse({ agreements: ["x".repeat(501)], actions: [{ description: "", ownerMembershipId: "the manager", dueDate: "2030-02-30" }] });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["agreements.0", "errors.tooLong"],
      ["actions.0.description", "errors.required"],
      ["actions.0.ownerMembershipId", "errors.invalidOption"],
      ["actions.0.dueDate", "errors.dueDate"],
    ]);
  });

  it("reads nothing posted as an empty record, and an owner as a membership id", () => {
    const owner = "6f1d3c3e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";
    expect(closingRecordSchema.parse({})).toEqual({ agreements: [], actions: [] });
    expect(closingRecordSchema.parse({ actions: [{ description: "Bel HR", ownerMembershipId: owner }] }).actions).toEqual([{ description: "Bel HR", ownerMembershipId: owner, dueDate: null }]);
  });
});

describe("a stored guide read back", () => {
  it("is refused with a language missing, an unknown kind or no steps", () => {
    const career = structuredClone(builtInGuide("career")!);
    expect(guideSchema.safeParse({ ...career, name: { nl: "Loopbaan", en: "" } }).success).toBe(false);
    expect(guideSchema.safeParse({ ...career, kind: "appraisal" }).success).toBe(false);
    expect(guideSchema.safeParse({ ...career, steps: [] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...career, preparation: null }).success).toBe(true);
  });
});

describe("the demo organisation's own guide", () => {
  it("reads back as a guide, so that the library and the team page show it", () => {
    const id = "6f1d3c3e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";
    expect(guideSchema.parse(demoOnboardingGuide(id))).toMatchObject({ key: `custom:${id}`, kind: "oneOnOne" });
  });
});
