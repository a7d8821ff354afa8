import { describe, expect, it } from "vitest";
import { enrolmentRoleEnum, programmeKindEnum } from "@/db/schema";
import { programmeKinds } from "./programme-kinds";

// Every stored kind has its spec, and every enrolment role belongs to exactly one kind.
describe("the programme kinds", () => {
  it("cover every kind and every enrolment role once", () => {
    expect(Object.keys(programmeKinds).sort()).toEqual([...programmeKindEnum.enumValues].sort());
    for (const [kind, spec] of Object.entries(programmeKinds)) expect(spec.kind).toBe(kind);
    const roles = Object.values(programmeKinds).flatMap((spec) => spec.roles);
    expect([...roles].sort()).toEqual([...enrolmentRoleEnum.enumValues].sort());
  });

  it("read stale settings back as each kind's defaults", () => {
    expect(programmeKinds.mentoring.readSettings({}).defaultCapacity).toBeGreaterThan(0);
    expect(programmeKinds.codevelopment.readSettings({ groupSizeMin: "x" }).groupSizeMin).toBeGreaterThan(0);
  });
});
