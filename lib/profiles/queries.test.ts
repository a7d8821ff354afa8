import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import type { Membership } from "@/db/schema";
import { getOwnProfile, getProfileEditData, searchManagerCandidates } from "./queries";
import { createProfileWorld, fixtureTopics, scopeOf, type ProfileWorld } from "./test-fixtures";

// Integration: the profile reads on a real PostgreSQL (tests/global-setup.ts).
let world: ProfileWorld;
beforeAll(async () => {
  world = await createProfileWorld();
});
afterAll(async () => {
  await closeDb();
});

describe("getOwnProfile", () => {
  it("returns the caller's profile with their manager", async () => {
    const { report, me } = world.people;
    expect(await getOwnProfile(scopeOf(report))).toMatchObject({ membershipId: report.id, name: "report", manager: { membershipId: me.id, name: "me" } });
    expect(await getOwnProfile(scopeOf(me))).toMatchObject({ membershipId: me.id, department: "Finance", manager: null });
  });

  it("finds nothing for a membership outside the scope's organisation", async () => {
    expect(await getOwnProfile({ ...scopeOf(world.people.me), membershipId: world.people.other.id })).toBeNull();
  });
});

describe("getProfileEditData", () => {
  it("lists the organisation's topics and departments, not another organisation's", async () => {
    const data = await getProfileEditData(scopeOf(world.people.me));
    expect(data?.topics).toEqual(fixtureTopics);
    expect(data?.departments).toEqual(["Finance"]);
  });
});

describe("searchManagerCandidates", () => {
  const names = async (m: Membership, query: string) => (await searchManagerCandidates(scopeOf(m), query)).map((o) => o.name);

  it("never offers the caller, their reports, removed members or people of other organisations", async () => {
    const { me, grandReport } = world.people;
    for (const query of ["me", "report", "removed", "other"]) expect(await names(me, query)).toEqual([]);
    expect(await names(me, "boss")).toEqual(["boss"]);
    expect(await names(me, "head of")).toEqual(["boss"]);
    // Seen from the bottom of the line, the same people are fine candidates.
    expect(await names(grandReport, "report")).toEqual(["report"]);
    expect(await names(grandReport, "me")).toEqual(["me"]);
  });

  it("treats % and _ as letters and ignores queries shorter than two characters", async () => {
    const { me } = world.people;
    expect(await names(me, "100%")).toEqual(["peer 100% sure"]);
    expect(await names(me, "%%")).toEqual([]);
    expect(await names(me, "__")).toEqual([]);
    expect(await names(me, "b")).toEqual([]);
  });
});
