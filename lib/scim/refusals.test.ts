import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships, rateLimits } from "@/db/schema";
import { now } from "@/lib/clock";
import { GET, PATCH as routePatch } from "@/app/scim/v2/[[...path]]/route";
import { SCIM_REQUESTS_PER_MINUTE } from "./handler";
import { createScimWorld, ENTERPRISE, ERROR, filterPath, membershipRow, PATCH_OP, scimClient, scimRequest, USER, type ScimWorld } from "./test-fixtures";
import { revokeScimToken, SCIM_TOKEN_PREFIX } from "./tokens";

// What SCIM refuses, and how: a bad token is a 401, another organisation's ids are a 404 (as if they did
// not exist), malformed filters and bodies a 400 with a SCIM error body and the scimType that says why,
// a duplicate a 409; never a 500, and nothing half-written.

let a: ScimWorld;
let b: ScimWorld;
let aPerson: string;

beforeAll(async () => {
  [a, b] = await Promise.all([createScimWorld("Org A"), createScimWorld("Org B")]);
  const created = await a.client.post("/Users", { schemas: [USER], userName: `only.in.a@${a.org.tag}.example`, name: { givenName: "Only", familyName: "A" } });
  aPerson = created.body.id as string;
});
afterAll(() => closeDb());

/** Every row of organisation A's memberships, to show that a refusal wrote nothing. */
async function snapshotOfA(): Promise<string> {
  return JSON.stringify(await getDb().select().from(memberships).where(eq(memberships.organizationId, a.org.organizationId)).orderBy(memberships.id));
}

function expectScimError(answer: { status: number; body: Record<string, unknown> }, status: number, scimType?: string) {
  expect(answer.status).toBe(status);
  expect(answer.body).toMatchObject({ schemas: [ERROR], status: String(status), ...(scimType ? { scimType } : {}) });
  expect(typeof answer.body.detail).toBe("string");
}

describe("the bearer token", () => {
  it.each([
    ["no Authorization header", null, {}],
    ["another scheme", null, { Authorization: "Basic dXNlcjpwYXNz" }],
    ["a malformed token", "not-a-token", {}],
    ["a token of the right shape that does not exist", `${SCIM_TOKEN_PREFIX}${"A".repeat(43)}`, {}],
  ])("refuses %s with 401 and a SCIM error", async (_label, token, headers) => {
    const answer = await scimClient(token).request("GET", "/Users", { headers });
    expectScimError(answer, 401);
    expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("refuses a revoked token, and the discovery endpoints too", async () => {
    const world = await createScimWorld("Revoked");
    expect((await world.client.get("/ServiceProviderConfig")).status).toBe(200);
    await revokeScimToken(world.org.admin.scope, world.tokenId);
    expectScimError(await world.client.get("/Users"), 401);
    expectScimError(await world.client.get("/ServiceProviderConfig"), 401);
  });

  it("slows a token down past its rate with 429 and Retry-After", async () => {
    const world = await createScimWorld("Busy");
    const windowMs = 60_000;
    const windowStart = new Date(Math.floor(now().getTime() / windowMs) * windowMs);
    await getDb().insert(rateLimits).values({ key: `scim:${world.tokenId}`, windowStart, count: SCIM_REQUESTS_PER_MINUTE });
    const answer = await world.client.get("/Users");
    expectScimError(answer, 429);
    expect(answer.headers.get("retry-after")).toBe("60");
    // Another organisation's token is not slowed by it.
    expect((await b.client.get("/Users")).status).toBe(200);
  });
});

describe("another organisation's ids", () => {
  it("answer 404 to every method, and change nothing", async () => {
    const before = await snapshotOfA();
    expectScimError(await b.client.get(`/Users/${aPerson}`), 404);
    expectScimError(await b.client.put(`/Users/${aPerson}`, { schemas: [USER], userName: "taken.over@example.org" }), 404);
    expectScimError(await b.client.patch(`/Users/${aPerson}`, { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] }), 404);
    expectScimError(await b.client.delete(`/Users/${aPerson}`), 404);
    expect(await snapshotOfA()).toBe(before);
  });

  it("are not listed nor found by a filter, and cannot be made someone's manager", async () => {
    const list = await b.client.get("/Users?count=200");
    expect((list.body.Resources as { id: string }[]).map((r) => r.id)).not.toContain(aPerson);
    expect((await b.client.get(filterPath(`userName eq "only.in.a@${a.org.tag}.example"`))).body.totalResults).toBe(0);
    expect((await b.client.get(filterPath(`id eq "${aPerson}"`))).body.totalResults).toBe(0);
    const before = await getDb().select({ n: sql<number>`count(*)::int` }).from(memberships).where(eq(memberships.organizationId, b.org.organizationId));
    const answer = await b.client.post("/Users", { schemas: [USER, ENTERPRISE], userName: `report@${b.org.tag}.example`, [ENTERPRISE]: { manager: { value: aPerson } } });
    expectScimError(answer, 400, "invalidValue");
    const after = await getDb().select({ n: sql<number>`count(*)::int` }).from(memberships).where(eq(memberships.organizationId, b.org.organizationId));
    expect(after).toEqual(before);
  });

  it("a malformed id is a 404 too", async () => {
    expectScimError(await a.client.get("/Users/not-a-uuid"), 404);
    expectScimError(await a.client.get("/Users/%27%20or%201%3D1"), 404);
  });
});

describe("malformed filters", () => {
  it.each([
    'userName eq',
    'userName co "a"',
    'title eq "Manager"',
    '(userName eq "a"',
    'userName eq "a" and',
    'userName eq 5',
    '"',
    'emails[type eq "home"].value eq "x"',
    'meta.lastModified gt "2011-05-13T04:42:34Z"',
    // A NUL or another control character in the value: PostgreSQL would refuse it, a 500 before.
    'userName eq "a\u0000"',
    'externalId eq "x\u0007y"',
    'emails[type eq "work"].value eq "a\u0000@b.nl"',
  ])("%j is a 400 invalidFilter", async (filter) => {
    expectScimError(await a.client.get(filterPath(filter)), 400, "invalidFilter");
  });

  it("an empty filter, a very long one, and bad paging numbers are refused", async () => {
    expectScimError(await a.client.get("/Users?filter="), 400, "invalidFilter");
    expectScimError(await a.client.get(filterPath(`userName eq "${"x".repeat(2_000)}"`)), 400, "invalidFilter");
    expectScimError(await a.client.get("/Users?startIndex=abc"), 400, "invalidValue");
    expectScimError(await a.client.get("/Users?count=1e3"), 400, "invalidValue");
    expectScimError(await a.client.get("/Users?attributes="), 400, "invalidFilter");
  });

  it("attributes and excludedAttributes shape the answer", async () => {
    const only = await a.client.get(`/Users/${aPerson}?attributes=userName`);
    expect(Object.keys(only.body).sort()).toEqual(["id", "schemas", "userName"].sort());
    const without = await a.client.get(`/Users/${aPerson}?excludedAttributes=emails`);
    expect(without.body).not.toHaveProperty("emails");
    expect(without.body).toHaveProperty("userName");
  });
});

describe("malformed bodies", () => {
  const cases: [string, string | unknown, number, string][] = [
    ["not JSON", "{not json", 400, "invalidSyntax"],
    ["an empty body", "", 400, "invalidSyntax"],
    ["an array", "[]", 400, "invalidSyntax"],
    ["no userName", { schemas: [USER], displayName: "No name" }, 400, "invalidValue"],
    ["userName of the wrong type", { schemas: [USER], userName: 42 }, 400, "invalidValue"],
    ["emails that are not a list", { schemas: [USER], userName: "x@example.org", emails: "x@example.org" }, 400, "invalidValue"],
    ["another resource's schema", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], userName: "x@example.org" }, 400, "invalidSyntax"],
    ["no address anywhere", { schemas: [USER], userName: "jan" }, 400, "invalidValue"],
    ["an address that is not one", { schemas: [USER], userName: "jan", emails: [{ value: "jan at example", type: "work" }] }, 400, "invalidValue"],
    ["a NUL in the name", { schemas: [USER], userName: "nul@example.org", displayName: "Jan\u0000" }, 400, "invalidValue"],
    ["a department past the limit", { schemas: [USER, ENTERPRISE], userName: "long@example.org", [ENTERPRISE]: { department: "x".repeat(500) } }, 400, "invalidValue"],
    ["a manager who does not exist", { schemas: [USER, ENTERPRISE], userName: "orphan@example.org", [ENTERPRISE]: { manager: { value: crypto.randomUUID() } } }, 400, "invalidValue"],
  ];
  it.each(cases)("POST with %s is a %i %s, and writes nothing", async (_label, body, status, scimType) => {
    const before = await snapshotOfA();
    const answer = await a.client.request("POST", "/Users", typeof body === "string" ? { raw: body } : { body });
    expectScimError(answer, status, scimType);
    expect(await snapshotOfA()).toBe(before);
  });

  const patches: [string, unknown, string][] = [
    ["without the PatchOp schema", { Operations: [{ op: "replace", path: "title", value: "x" }] }, "invalidSyntax"],
    ["without operations", { schemas: [PATCH_OP], Operations: [] }, "invalidValue"],
    ["an unknown op", { schemas: [PATCH_OP], Operations: [{ op: "move", path: "title", value: "x" }] }, "invalidSyntax"],
    ["an unknown path", { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "shoeSize", value: 44 }] }, "invalidPath"],
    ["a filter that matches nothing to replace", { schemas: [PATCH_OP], Operations: [{ op: "replace", path: 'emails[value eq "nobody@example.org"].type', value: "home" }] }, "noTarget"],
    ["the id", { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "id", value: crypto.randomUUID() }] }, "mutability"],
    ["a remove without a path", { schemas: [PATCH_OP], Operations: [{ op: "remove" }] }, "noTarget"],
    ["a value of the wrong type", { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: "maybe" }] }, "invalidValue"],
    ["a userName emptied", { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "userName", value: "" }] }, "invalidValue"],
    ["the manager set to the person themselves", { schemas: [PATCH_OP], Operations: [{ op: "add", path: `${ENTERPRISE}:manager`, value: "SELF" }] }, "invalidValue"],
  ];
  it.each(patches)("PATCH %s is a 400 %s, and writes nothing", async (_label, body, scimType) => {
    const before = await snapshotOfA();
    const withSelf = JSON.parse(JSON.stringify(body).replace('"SELF"', JSON.stringify(aPerson)));
    expectScimError(await a.client.patch(`/Users/${aPerson}`, withSelf), 400, scimType);
    expect(await snapshotOfA()).toBe(before);
  });

  it("a body past the size limit is a 413", async () => {
    expectScimError(await a.client.request("POST", "/Users", { raw: JSON.stringify({ userName: "big@example.org", displayName: "x".repeat(1_100_000) }) }), 413);
  });
});

describe("conflicts", () => {
  it("a second user with the same userName (any case) or address is a 409 uniqueness", async () => {
    const before = await snapshotOfA();
    expectScimError(await a.client.post("/Users", { schemas: [USER], userName: `ONLY.IN.A@${a.org.tag}.example` }), 409, "uniqueness");
    expectScimError(await a.client.post("/Users", { schemas: [USER], userName: "someone.else", emails: [{ value: `only.in.a@${a.org.tag}.example`, type: "work" }] }), 409, "uniqueness");
    expect(await snapshotOfA()).toBe(before);
  });

  it("renaming onto another user's userName is a 409 uniqueness", async () => {
    const other = await a.client.post("/Users", { schemas: [USER], userName: `other@${a.org.tag}.example` });
    expectScimError(await a.client.patch(`/Users/${other.body.id}`, { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "userName", value: `only.in.a@${a.org.tag}.example` }] }), 409, "uniqueness");
  });

  it("two creates of the same person at once: one 201, one 409", async () => {
    const body = { schemas: [USER], userName: `twice@${a.org.tag}.example` };
    const answers = await Promise.all([a.client.post("/Users", body), a.client.post("/Users", body)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it("the organisation's last active admin cannot be switched off: 409, and they stay admin", async () => {
    const admin = a.org.admin.membershipId;
    expect((await a.client.get(`/Users/${admin}`)).body).toMatchObject({ active: true });
    expectScimError(await a.client.patch(`/Users/${admin}`, { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] }), 409);
    expectScimError(await a.client.delete(`/Users/${admin}`), 409);
    expect(await membershipRow(admin)).toMatchObject({ status: "active", role: "admin" });
  });
});

describe("endpoints", () => {
  it("the route answers any case of the resource name, and unknown ones with 404", async () => {
    const built = scimRequest("/users?count=1", { headers: { Authorization: `Bearer ${a.token}` } });
    const answer = await GET(built.request, { params: Promise.resolve({ path: built.segments }) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    expectScimError(await a.client.get("/Nonsense"), 404);
    expectScimError(await a.client.get("/Users/a/b"), 404);
    expectScimError(await a.client.get("/ResourceTypes/Group"), 404);
    expectScimError(await a.client.get("/Schemas/urn:nothing"), 404);
  });

  it("groups are listed empty and not provisioned (501); bulk is not offered", async () => {
    expect((await a.client.get("/Groups?startIndex=1&count=100")).body).toMatchObject({ totalResults: 0, Resources: [] });
    expectScimError(await a.client.post("/Groups", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Sales", members: [] }), 501);
    expectScimError(await a.client.post("/Bulk", {}), 501);
  });

  it("a method a resource does not take is a 405 with Allow", async () => {
    const answer = await a.client.request("DELETE", "/Users");
    expectScimError(answer, 405);
    expect(answer.headers.get("allow")).toBe("GET, POST");
    const built = scimRequest(`/Users/${aPerson}`, { method: "PATCH", headers: { Authorization: `Bearer ${a.token}` }, body: "{" });
    const response = await routePatch(built.request, { params: Promise.resolve({ path: built.segments }) });
    expectScimError({ status: response.status, body: (await response.json()) as Record<string, unknown> }, 400, "invalidSyntax");
  });
});
