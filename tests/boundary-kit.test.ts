import { format } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { closeDb, getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { asFormAction, authorizedQuery, authorizedSearch, publicAction, signedInAction } from "@/lib/auth/action";
import { withActor } from "@/lib/auth/actor";
import { loadOrNotFound } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { createTestOrganization, type TestOrganization, type TestPerson } from "@/lib/members/test-helpers";
import { testSession } from "@/lib/testing/request-mocks";
import { singleLineText } from "@/lib/validation/text";

// The boundary kit of lib/auth (issue 13, point 4): the query wrappers, the wrappers without a member, the
// page loader and the one actor loader, called the way a crafted request calls them. Only the Auth.js
// session lookup and Next's request APIs are replaced; people, roles and rows are real (PostgreSQL).
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const plannerActions = await import("@/app/(app)/sessions/new/actions");
const membersActions = await import("@/app/(admin)/admin/members/actions");
const profileActions = await import("@/app/(app)/profile/actions");
const programmeActions = await import("@/app/(app)/programmes/actions");

let org: TestOrganization;
let admin: TestPerson;
let member: TestPerson;
let facilitator: TestPerson;
let outsider: TestOrganization;
/** Signed in, but a member of no organisation. */
let stranger: { userId: string };

const NUL = "boss\u0000";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** Every row of the organisation that the wrappers below could touch, as one comparable value. */
async function snapshot(): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ["memberships", "meeting_series", "meeting_sessions", "meeting_participants", "email_messages", "audit_events"]) {
    parts.push(Array.from(await getDb().execute(sql`select * from ${sql.identifier(table)} where organization_id = ${org.organizationId} order by id`)));
  }
  return JSON.stringify(parts);
}

const departmentOf = async (person: TestPerson) =>
  (await getDb().select({ department: memberships.department }).from(memberships).where(eq(memberships.id, person.membershipId)))[0].department;

/** A query action that writes when it runs, so that "nothing written" can fail. */
const run = vi.fn(async ({ department }: { department: string }, ctx: { current: { membershipId: string } }) => {
  await getDb().update(memberships).set({ department }).where(eq(memberships.id, ctx.current.membershipId));
  if (department === "app-error") throw new AppError("conflict", { message: "someKey" });
  if (department === "crash") throw new Error(`select failed for ${department}`);
  return { saved: department };
});
const setDepartment = authorizedQuery(z.object({ department: singleLineText().min(1).max(20) }), "members.invite", run);

beforeAll(async () => {
  org = await createTestOrganization("Boundary kit");
  admin = org.admin;
  member = await org.addPerson("member", "member");
  facilitator = await org.addPerson("facilitator", "facilitator");
  outsider = await createTestOrganization("Boundary kit elsewhere");
  const [user] = await getDb().insert(users).values({ email: `stranger-${org.tag}@example.test`, name: "Stranger" }).returning({ id: users.id });
  stranger = { userId: user.id };
});

beforeEach(() => {
  testSession.userId = null;
  run.mockClear();
});

afterEach(() => vi.restoreAllMocks());

afterAll(() => closeDb());

describe("authorizedQuery", () => {
  it("refuses a signed-out request, a non-member and a wrong role before the function runs; nothing is written", async () => {
    const before = await snapshot();
    expect(await setDepartment({ department: "Sales" })).toEqual({ ok: false, error: "unauthenticated" });
    testSession.userId = stranger.userId;
    expect(await setDepartment({ department: "Sales" })).toEqual({ ok: false, error: "forbidden" });
    testSession.userId = member.userId;
    expect(await setDepartment({ department: "Sales" })).toEqual({ ok: false, error: "forbidden" });
    expect(run).not.toHaveBeenCalled();
    expect(await snapshot()).toBe(before);
  });

  it("refuses bad input (the schema, the control-character net, a value that is no set of fields); nothing is written", async () => {
    testSession.userId = admin.userId;
    const before = await snapshot();
    for (const bad of [{ department: "x".repeat(21) }, { department: NUL }, { department: "ok", [`field${"\u0007"}`]: "x" }, {}, "Sales", NUL, null, ["Sales"]]) {
      expect(await setDepartment(bad), JSON.stringify(bad)).toEqual({ ok: false, error: "invalid" });
    }
    expect(run).not.toHaveBeenCalled();
    expect(await snapshot()).toBe(before);
  });

  it("runs for an allowed member with the parsed input, and answers its data", async () => {
    testSession.userId = admin.userId;
    expect(await setDepartment({ department: "  Finance  " })).toEqual({ ok: true, data: { saved: "Finance" } });
    expect(await departmentOf(admin)).toBe("Finance");
  });

  it("answers an AppError's key, and an unexpected error as 'unexpected' with a log line of ids only", async () => {
    testSession.userId = admin.userId;
    expect(await setDepartment({ department: "app-error" })).toEqual({ ok: false, error: "someKey" });
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(format(...args)));
    expect(await setDepartment({ department: "crash" })).toEqual({ ok: false, error: "unexpected" });
    expect(logged.join("\n")).toContain("[kring] action failed");
    expect(logged.join("\n")).toContain(`membership=${admin.membershipId}`);
  });
});

describe("authorizedSearch", () => {
  const search = authorizedSearch(singleLineText().min(2), "members.invite", async (query, ctx) => [{ query, by: ctx.current.membershipId }]);

  it("answers no suggestions for every refusal, and the suggestions otherwise", async () => {
    expect(await search("boss")).toEqual([]);
    testSession.userId = member.userId;
    expect(await search("boss")).toEqual([]);
    testSession.userId = admin.userId;
    for (const bad of [NUL, "b", { query: "boss" }, 42]) expect(await search(bad)).toEqual([]);
    expect(await search(" boss ")).toEqual([{ query: "boss", by: admin.membershipId }]);
  });
});

describe("the app's query actions", () => {
  const slots = (membershipIds: unknown) => ({ membershipIds, weekStart: "2030-01-07", durationMinutes: 60, timeZone: "Europe/Amsterdam" });

  it("the slot proposal refuses a non-member, a wrong role and bad input, and writes nothing", async () => {
    const ask = slots([admin.membershipId, facilitator.membershipId]);
    const before = await snapshot();
    testSession.userId = stranger.userId;
    expect(await plannerActions.proposeSlotsAction(ask)).toEqual({ ok: false, error: "forbidden" });
    testSession.userId = member.userId;
    expect(await plannerActions.proposeSlotsAction(ask)).toEqual({ ok: false, error: "forbidden" });
    testSession.userId = facilitator.userId;
    for (const bad of [slots([admin.membershipId]), slots(["not-a-uuid", admin.membershipId]), { ...ask, timeZone: `Europe/${NUL}` }, { ...ask, durationMinutes: "60" }, "slots"]) {
      expect(await plannerActions.proposeSlotsAction(bad), JSON.stringify(bad)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await snapshot()).toBe(before);
    expect(await plannerActions.proposeSlotsAction(ask)).toMatchObject({ ok: true, data: { slots: expect.any(Array) } });
  });

  it("the pickers answer nothing to a non-member, a wrong role or bad text", async () => {
    const before = await snapshot();
    testSession.userId = stranger.userId;
    for (const search of [membersActions.searchManagersAction, profileActions.searchManagersAction, programmeActions.searchAvoidAction, plannerActions.searchPlannableMembersAction]) {
      expect(await search("member")).toEqual([]);
    }
    testSession.userId = member.userId;
    expect(await membersActions.searchManagersAction("member")).toEqual([]);
    expect(await plannerActions.searchPlannableMembersAction("member")).toEqual([]);
    for (const bad of [NUL, "m", { q: "member" }]) expect(await profileActions.searchManagersAction(bad)).toEqual([]);
    testSession.userId = admin.userId;
    expect((await membersActions.searchManagersAction("member")).map((c) => c.email)).toEqual([member.email]);
    expect(await snapshot()).toBe(before);
  });
});

describe("publicAction, signedInAction and asFormAction", () => {
  const echo = publicAction(z.object({ word: singleLineText().min(1, "errors.required") }), async ({ word }) => {
    if (word === "conflict") throw new AppError("conflict", { message: "taken" });
    return { ok: true, message: word };
  });

  it("publicAction takes the net, the schema and the error mapping, without a session", async () => {
    expect(await echo(null, form({ word: "hello" }))).toEqual({ ok: true, message: "hello" });
    expect(await echo(null, form({ word: NUL }))).toEqual({ ok: false, error: "invalid", fieldErrors: { word: "controlCharacters" } });
    expect(await echo(null, form({ word: " " }))).toEqual({ ok: false, error: "invalid", fieldErrors: { word: "required" } });
    expect(await echo(null, form({ word: "conflict" }))).toEqual({ ok: false, error: "taken" });
  });

  it("signedInAction sends a signed-out request to sign in, and runs for a person of no organisation", async () => {
    const whoAmI = signedInAction(z.object({}), async (_input, session) => ({ ok: true, message: session.userId }));
    await expect(whoAmI(null, form({}))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;(push|replace);\/sign-in;/) });
    testSession.userId = stranger.userId;
    expect(await whoAmI(null, form({}))).toEqual({ ok: true, message: stranger.userId });
    expect(await whoAmI(null, form({ [NUL]: "x" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { _form: "controlCharacters" } });
  });

  it("asFormAction answers nothing, whatever the action answered", async () => {
    const plain = asFormAction(echo);
    expect(plain.length).toBe(1);
    await expect(plain(form({ word: NUL }))).resolves.toBeUndefined();
    await expect(plain(form({ word: "hello" }))).resolves.toBeUndefined();
  });
});

describe("loadOrNotFound", () => {
  it("turns not_found into the 404 page and forbidden into the 403 page; anything else stays an error", async () => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
    try {
      await expect(loadOrNotFound(async () => Promise.reject(new AppError("not_found")))).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
      await expect(loadOrNotFound(async () => Promise.reject(new AppError("forbidden")))).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
      await expect(loadOrNotFound(async () => Promise.reject(new AppError("conflict")))).rejects.toMatchObject({ code: "conflict" });
      expect(await loadOrNotFound(async () => "page")).toBe("page");
    } finally {
      delete process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS;
    }
  });
});

describe("withActor, the one actor loader", () => {
  it("hands over the actor as re-read in the transaction: role, name, address, clock, organisation", async () => {
    await getDb().update(memberships).set({ timeZone: "Asia/Tokyo" }).where(eq(memberships.id, facilitator.membershipId));
    const actorOf = (person: TestPerson) => withActor(person.scope, "sessions.view", async (_tx, actor) => actor);
    expect(await actorOf(facilitator)).toEqual({
      membershipId: facilitator.membershipId,
      organizationId: org.organizationId,
      role: "facilitator",
      name: `facilitator ${org.tag}`,
      email: facilitator.email,
      timeZone: "Asia/Tokyo",
      organizationName: `Boundary kit ${org.tag}`,
    });
    // Without a zone of their own, the organisation's.
    expect((await actorOf(member)).timeZone).toBe("Europe/Amsterdam");
  });

  it("refuses a wrong role, a removed member and a scope that names another organisation", async () => {
    await expect(withActor(member.scope, "sessions.schedule", async () => "ran")).rejects.toMatchObject({ code: "forbidden" });
    await expect(withActor({ ...outsider.admin.scope, organizationId: org.organizationId }, "sessions.view", async () => "ran")).rejects.toMatchObject({ code: "forbidden" });
    const gone = await org.addPerson("member", "gone");
    await getDb()
      .update(memberships)
      .set({ status: "removed" })
      .where(and(eq(memberships.id, gone.membershipId), eq(memberships.organizationId, org.organizationId)));
    await expect(withActor(gone.scope, "sessions.view", async () => "ran")).rejects.toMatchObject({ code: "forbidden" });
  });
});
