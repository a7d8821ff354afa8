import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { withTenant } from "@/db/tenant";
import { isAppError } from "@/lib/errors";
import { createProfileWorld, inputFrom, readRow, readRows, scopeOf, type ProfileWorld } from "./test-fixtures";
import { updateOwnProfile, updateOwnProfileIn, type UpdateProfileResult } from "./update";

// Integration: the data layer on a real PostgreSQL (tests/global-setup.ts).
let world: ProfileWorld;
beforeAll(async () => {
  world = await createProfileWorld();
});
afterAll(async () => {
  await closeDb();
});

describe("updateOwnProfile", () => {
  it("saves the caller's own membership and touches no other row", async () => {
    const { me, boss } = world.people;
    const before = await readRows(world);
    const result = await updateOwnProfile(scopeOf(me), {
      ...inputFrom(me),
      name: "Me Myself",
      jobTitle: "Team lead",
      managerMembershipId: boss.id,
      seniority: 3,
      languages: ["nl", "en", "nl"],
      topics: ["strategy", "coaching"],
      bio: "Hello",
      availability: ["tue-10", "mon-09", "mon-09"],
    });
    expect(result).toEqual({ ok: true });
    const after = await readRows(world);
    expect(after.get(me.id)).toMatchObject({
      name: "Me Myself",
      jobTitle: "Team lead",
      managerMembershipId: boss.id,
      seniority: 3,
      languages: ["nl", "en"],
      topics: ["strategy", "coaching"],
      bio: "Hello",
      availability: ["mon-09", "tue-10"],
    });
    // Including the same person's membership in the other organisation.
    for (const [id, m] of before) if (id !== me.id) expect(after.get(id)).toEqual(m);
    world.people.me = after.get(me.id)!;
  });

  it("refuses the caller as their own manager", async () => {
    const { me } = world.people;
    const result = await updateOwnProfile(scopeOf(me), inputFrom(me, { managerMembershipId: me.id, name: "Changed" }));
    expect(result).toEqual({ ok: false, field: "managerMembershipId", reason: "managerSelf" });
    expect(await readRow(me)).toEqual(me);
  });

  it("refuses a direct or indirect report as manager (a reporting-line loop) and writes nothing", async () => {
    const { me, report, grandReport } = world.people;
    for (const candidate of [report, grandReport]) {
      const result = await updateOwnProfile(scopeOf(me), inputFrom(me, { managerMembershipId: candidate.id, name: "Changed" }));
      expect(result).toEqual({ ok: false, field: "managerMembershipId", reason: "managerCycle" });
    }
    expect(await readRow(me)).toEqual(me);
  });

  it("refuses a manager of another organisation, or a removed member, and writes nothing", async () => {
    const { me, other, meElsewhere, removed } = world.people;
    const before = await readRows(world);
    for (const candidate of [other, meElsewhere, removed]) {
      const result = await updateOwnProfile(scopeOf(me), inputFrom(me, { managerMembershipId: candidate.id, name: "Changed" }));
      expect(result).toEqual({ ok: false, field: "managerMembershipId", reason: "managerNotFound" });
    }
    expect(await readRows(world)).toEqual(before);
  });

  it("refuses a topic the organisation does not offer", async () => {
    const { me } = world.people;
    const result = await updateOwnProfile(scopeOf(me), inputFrom(me, { topics: ["coaching", "not-offered"], name: "Changed" }));
    expect(result).toEqual({ ok: false, field: "topics", reason: "unknownTopic" });
    expect(await readRow(me)).toEqual(me);
  });

  it("refuses a scope whose membership belongs to another organisation, and writes nothing", async () => {
    const { me, meElsewhere } = world.people;
    const before = await readRows(world);
    const crossed = { ...scopeOf(me), membershipId: meElsewhere.id };
    const error = await updateOwnProfile(crossed, inputFrom(meElsewhere, { name: "Hijacked", timeZone: "Europe/London" })).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("not_found");
    expect(await readRows(world)).toEqual(before);
  });

  it("makes a concurrent change of reporting lines wait, so two people cannot pick each other", async () => {
    const { x, y } = world.people;
    let yResult: Promise<UpdateProfileResult> | null = null;
    let ySettled = false;
    await withTenant(scopeOf(x), async (tx) => {
      expect(await updateOwnProfileIn(tx, scopeOf(x), inputFrom(x, { managerMembershipId: y.id }))).toEqual({ ok: true });
      // y picks x while x's choice of y is written but not yet committed.
      yResult = updateOwnProfile(scopeOf(y), inputFrom(y, { managerMembershipId: x.id }));
      yResult.then(
        () => (ySettled = true),
        () => (ySettled = true),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ySettled).toBe(false);
    });
    expect(await yResult).toEqual({ ok: false, field: "managerMembershipId", reason: "managerCycle" });
    expect((await readRow(x)).managerMembershipId).toBe(y.id);
    expect((await readRow(y)).managerMembershipId).toBeNull();
  });
});
