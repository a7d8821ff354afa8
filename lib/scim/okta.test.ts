import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { createScimWorld, filterPath, membershipRow, PATCH_OP, USER, type ScimWorld } from "./test-fixtures";

// The requests Okta's provisioning sends to a SCIM 2.0 app (Okta's "SCIM 2.0 Protocol Reference"): the
// connection test (GET /Users?startIndex=1&count=2), "does the user exist" by userName with count=100, a
// POST with its app profile (locale, groups, a password), GET by id before every update, a full PUT, PATCH
// without a path for (de)activation, and imports that page by startIndex and count. Okta never DELETEs.

let world: ScimWorld;

beforeAll(async () => {
  world = await createScimWorld("Okta BV");
});
afterAll(() => closeDb());

const oktaUser = (login: string, given = "Test", family = "User") => ({
  schemas: [USER],
  userName: login,
  name: { givenName: given, familyName: family },
  emails: [{ primary: true, value: login, type: "work" }],
  displayName: `${given} ${family}`,
  locale: "en-US",
  externalId: `00u${crypto.randomUUID().replaceAll("-", "").slice(0, 17)}`,
  groups: [],
  password: "1mz050nq",
  active: true,
});

describe("Okta's provisioning, request by request", () => {
  let id: string;
  const login = () => `test.user@${world.org.tag}.okta.local`;

  it("passes the connection test: a ListResponse with integer paging fields", async () => {
    const answer = await world.client.get("/Users?startIndex=1&count=2");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], startIndex: 1 });
    expect(Number.isInteger(answer.body.totalResults)).toBe(true);
    expect(Number.isInteger(answer.body.itemsPerPage)).toBe(true);
    // The admin who made the token is a member already, and so a user here.
    expect(answer.body.totalResults).toBe(1);
  });

  it("looks the user up, creates them, and refuses a second create with 409 uniqueness", async () => {
    const { client } = world;
    const lookup = await client.get(filterPath(`userName eq "${login()}"`, "&startIndex=1&count=100"));
    expect(lookup.body).toMatchObject({ totalResults: 0, Resources: [] });
    const created = await client.post("/Users", oktaUser(login()));
    expect(created.status).toBe(201);
    id = created.body.id as string;
    expect(created.body).toMatchObject({ userName: login(), active: true, name: { givenName: "Test", familyName: "User" }, emails: [{ value: login(), primary: true }] });
    expect(created.body).not.toHaveProperty("password");
    expect(await membershipRow(id)).toMatchObject({ organizationId: world.org.organizationId, email: login(), name: "Test User", status: "invited" });

    const twice = await client.post("/Users", oktaUser(login()));
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "409", scimType: "uniqueness" });
    const rows = await getDb().select({ id: memberships.id }).from(memberships);
    expect(rows.filter((r) => r.id === id)).toHaveLength(1);
  });

  it("reads the user, then replaces it with a full PUT", async () => {
    const { client } = world;
    const read = await client.get(`/Users/${id}`);
    expect(read.status).toBe(200);
    const body = { ...(read.body as Record<string, unknown>), name: { givenName: "Another", middleName: "Excited", familyName: "User" }, displayName: "Another Excited User", title: "Coach" };
    const replaced = await client.put(`/Users/${id}`, body);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id, displayName: "Another Excited User", name: { givenName: "Another", middleName: "Excited", familyName: "User" }, title: "Coach", active: true });
    expect(await membershipRow(id)).toMatchObject({ name: "Another Excited User", jobTitle: "Coach" });
    // A PUT without the title clears it: the resource is replaced, not merged.
    const withoutTitle = { ...replaced.body };
    delete withoutTitle.title;
    expect((await client.put(`/Users/${id}`, withoutTitle)).body).not.toHaveProperty("title");
    expect((await membershipRow(id))?.jobTitle).toBeNull();
  });

  it("deactivates and reactivates with PATCH replace and no path", async () => {
    const { client } = world;
    const off = await client.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] });
    expect(off).toMatchObject({ status: 200, body: { id, active: false } });
    expect(await membershipRow(id)).toMatchObject({ status: "removed" });
    const on = await client.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: true } }] });
    expect(on).toMatchObject({ status: 200, body: { id, active: true } });
    // Never signed in: back to invited, waiting for their first sign-in.
    expect(await membershipRow(id)).toMatchObject({ status: "invited", scimDeactivatedAt: null });
  });

  it("imports page by page in one stable order", async () => {
    const { client } = world;
    for (const n of [1, 2, 3]) expect((await client.post("/Users", oktaUser(`person${n}@${world.org.tag}.okta.local`, "Person", String(n)))).status).toBe(201);
    const first = await client.get("/Users?startIndex=1&count=2");
    const second = await client.get("/Users?startIndex=3&count=2");
    const third = await client.get("/Users?startIndex=5&count=2");
    expect([first.body.totalResults, second.body.totalResults]).toEqual([5, 5]);
    expect([first.body.itemsPerPage, second.body.itemsPerPage, third.body.itemsPerPage]).toEqual([2, 2, 1]);
    const ids = [first, second, third].flatMap((page) => (page.body.Resources as { id: string }[]).map((r) => r.id));
    expect(new Set(ids).size).toBe(5);
    const again = await client.get("/Users?startIndex=1&count=5");
    expect((again.body.Resources as { id: string }[]).map((r) => r.id)).toEqual(ids);
    expect((await client.get("/Users?startIndex=40&count=2")).body).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    expect((await client.get("/Users?count=0")).body).toMatchObject({ totalResults: 5, Resources: [] });
  });

  it("matches a member invited by CSV before provisioning, instead of creating a second one", async () => {
    const { client } = world;
    const email = `csv.person@${world.org.tag}.okta.local`;
    const [invited] = await getDb()
      .insert(memberships)
      .values({ organizationId: world.org.organizationId, email, name: "Csv Person", status: "invited", department: "HR" })
      .returning({ id: memberships.id });
    const found = await client.get(filterPath(`userName eq "${email}"`, "&startIndex=1&count=100"));
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id: invited.id, userName: email, active: true }] });
    const linked = await client.put(`/Users/${invited.id}`, { ...oktaUser(email, "Csv", "Person"), id: invited.id });
    expect(linked.status).toBe(200);
    expect(await membershipRow(invited.id)).toMatchObject({ scimUserName: email, name: "Csv Person", department: null, status: "invited" });
  });
});
