import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import type { Membership } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createProfileWorld, readRows, type ProfileWorld } from "./test-fixtures";

// The server actions as a browser (or an attacker) calls them: the session decides whose profile changes,
// never the posted fields. The session and Next's cache are replaced; the database is real.
const session = vi.hoisted(() => ({ current: null as null | (() => unknown) }));
vi.mock("@/lib/auth/session", () => ({ requireMember: vi.fn(async () => session.current?.()) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { saveProfileAction, searchManagersAction } = await import("@/app/(app)/profile/actions");

let world: ProfileWorld;
const signInAs = (m: Membership) => {
  session.current = () => ({ userId: m.userId, current: { organizationId: m.organizationId, membershipId: m.id, role: "member" } });
};

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}
const validForm = (extra: Record<string, string | string[]> = {}) =>
  form({ name: "Posted Name", languages: "en", timeZone: "Europe/Brussels", topics: ["coaching"], "availability[]": ["mon-09"], ...extra });

beforeAll(async () => {
  world = await createProfileWorld();
});
beforeEach(() => signInAs(world.people.me));
afterAll(async () => {
  await closeDb();
});

describe("saveProfileAction", () => {
  it("changes only the signed-in member's row, whatever ids the form carries", async () => {
    const { me, meElsewhere, peer } = world.people;
    const before = await readRows(world);
    const result = await saveProfileAction(null, validForm({ membershipId: peer.id, organizationId: meElsewhere.organizationId, id: meElsewhere.id }));
    expect(result).toEqual({ ok: true });
    const after = await readRows(world);
    expect(after.get(me.id)).toMatchObject({ name: "Posted Name", timeZone: "Europe/Brussels", availability: ["mon-09"] });
    for (const [id, m] of before) if (id !== me.id) expect(after.get(id)).toEqual(m);
  });

  it("refuses a manager of another organisation with a field error and changes nothing", async () => {
    const before = await readRows(world);
    const result = await saveProfileAction(null, validForm({ name: "Other", managerMembershipId: world.people.other.id }));
    expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { managerMembershipId: "managerNotFound" } });
    expect(await readRows(world)).toEqual(before);
  });

  it("writes nothing when any field is invalid", async () => {
    const before = await readRows(world);
    const result = await saveProfileAction(null, validForm({ name: "Other", bio: "x".repeat(501), managerMembershipId: world.people.boss.id }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { bio: "bioTooLong" } });
    expect(await readRows(world)).toEqual(before);
  });

  it("refuses a caller without a session and changes nothing", async () => {
    session.current = () => {
      throw new AppError("unauthenticated");
    };
    const before = await readRows(world);
    expect(await saveProfileAction(null, validForm())).toEqual({ ok: false, error: "unauthenticated" });
    expect(await readRows(world)).toEqual(before);
  });
});

describe("searchManagersAction", () => {
  it("searches the caller's organisation only", async () => {
    expect((await searchManagersAction("boss")).map((o) => o.name)).toEqual(["boss"]);
    expect(await searchManagersAction("other")).toEqual([]);
    signInAs(world.people.other);
    expect(await searchManagersAction("boss")).toEqual([]);
  });

  it("answers nothing to a caller without a session or to a malformed query", async () => {
    expect(await searchManagersAction({ q: "boss" })).toEqual([]);
    session.current = () => {
      throw new AppError("unauthenticated");
    };
    expect(await searchManagersAction("boss")).toEqual([]);
  });
});
