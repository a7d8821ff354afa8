import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, organizations, sessions, users } from "@/db/schema";
import { attachSsoMembership } from "@/lib/auth/sso";
import { createScimWorld, ENTERPRISE, filterPath, membershipRow, PATCH_OP, USER, type ScimWorld } from "./test-fixtures";

// The requests Microsoft Entra ID's provisioning service sends, in its order and its shapes, as its
// documentation shows them ("Develop and plan provisioning for a SCIM endpoint", and the known issues of
// its SCIM compliance: Replace with "False", a bare manager id, paths inside a value object):
// schema discovery when the admin saves the configuration, the connection test, then per person a query
// by userName, a POST, PATCHes for attributes and the manager, a soft delete (active false), a restore,
// and finally a DELETE.

let world: ScimWorld;
const tid = "4f1d6b1e-2c3a-4e5f-9a8b-7c6d5e4f3a2b";

beforeAll(async () => {
  world = await createScimWorld("Gemeente Entra");
  await getDb().update(organizations).set({ ssoProvider: "microsoft-entra-id", ssoTenantId: tid }).where(eq(organizations.id, world.org.organizationId));
});
afterAll(() => closeDb());

const entraUser = (tag: string, upn: string, mail: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER, ENTERPRISE],
  externalId: `${tag}-nick`,
  userName: upn,
  active: true,
  displayName: `Test ${tag}`,
  emails: [{ primary: true, type: "work", value: mail }],
  meta: { resourceType: "User" },
  name: { formatted: `Test ${tag}`, familyName: tag, givenName: "Test" },
  title: "Teamleider",
  roles: [],
  [ENTERPRISE]: { department: "Burgerzaken", employeeNumber: "100009" },
  ...extra,
});

describe("Microsoft Entra ID's provisioning, request by request", () => {
  let managerId: string;
  let personId: string;
  const upn = () => `jan.smit@${world.org.tag}.onmicrosoft.com`;
  const mail = () => `Jan.Smit@${world.org.tag}.example`;

  it("discovers the schemas and passes the connection test", async () => {
    const { client } = world;
    const config = await client.get("/ServiceProviderConfig");
    expect(config.status).toBe(200);
    expect(config.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 200 }, bulk: { supported: false }, authenticationSchemes: [{ type: "oauthbearertoken" }] });
    const schemas = await client.get("/Schemas");
    expect(schemas.status).toBe(200);
    const ids = (schemas.body.Resources as { id: string }[]).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([USER, ENTERPRISE]));
    const types = await client.get("/ResourceTypes");
    expect(types.body.Resources).toEqual([expect.objectContaining({ id: "User", endpoint: "/Users", schemaExtensions: [{ schema: ENTERPRISE, required: false }] })]);
    // Test Connection: a random user that does not exist, and a group query.
    const probe = await client.get(filterPath(`userName eq "AzureAD_Test_${crypto.randomUUID()}"`));
    expect(probe).toMatchObject({ status: 200, body: { totalResults: 0, Resources: [], startIndex: 1 } });
    const groups = await client.get(`/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Test"')}`);
    expect(groups).toMatchObject({ status: 200, body: { totalResults: 0, Resources: [] } });
  });

  it("creates the manager and the person after querying for them, as invited members of this organisation", async () => {
    const { client } = world;
    const managerUpn = `marieke.bos@${world.org.tag}.onmicrosoft.com`;
    expect((await client.get(filterPath(`userName eq "${managerUpn}"`))).body.totalResults).toBe(0);
    const manager = await client.post("/Users", entraUser("Bos", managerUpn, `marieke.bos@${world.org.tag}.example`, { title: "Afdelingshoofd" }));
    expect(manager.status).toBe(201);
    managerId = manager.body.id as string;
    expect(manager.headers.get("location")).toBe(`http://localhost:3000/scim/v2/Users/${managerId}`);

    expect((await client.get(filterPath(`userName eq "${upn()}"`))).body.totalResults).toBe(0);
    const created = await client.post("/Users", entraUser("Smit", upn(), mail()));
    expect(created.status).toBe(201);
    personId = created.body.id as string;
    expect(created.body).toMatchObject({
      schemas: [USER, ENTERPRISE],
      id: personId,
      externalId: "Smit-nick",
      userName: upn(),
      active: true,
      displayName: "Test Smit",
      name: { givenName: "Test", familyName: "Smit" },
      title: "Teamleider",
      emails: [{ value: mail().toLowerCase(), type: "work", primary: true }],
      [ENTERPRISE]: { department: "Burgerzaken" },
      meta: { resourceType: "User", location: `http://localhost:3000/scim/v2/Users/${personId}` },
    });
    expect(await membershipRow(personId)).toMatchObject({
      organizationId: world.org.organizationId,
      status: "invited",
      userId: null,
      role: "member",
      email: mail().toLowerCase(),
      name: "Test Smit",
      jobTitle: "Teamleider",
      department: "Burgerzaken",
      externalId: "Smit-nick",
      scimUserName: upn(),
    });
    // Entra's query by userName (any case) and by work address now find the person.
    const byName = await client.get(filterPath(`userName eq "${upn().toUpperCase()}"`));
    expect(byName.body).toMatchObject({ totalResults: 1, Resources: [{ id: personId }] });
    const byMail = await client.get(filterPath(`emails[type eq "work"].value eq "${mail()}"`));
    expect(byMail.body).toMatchObject({ totalResults: 1, Resources: [{ id: personId }] });
    const byExternalId = await client.get(filterPath('externalId eq "Smit-nick"'));
    expect(byExternalId.body).toMatchObject({ totalResults: 1, Resources: [{ id: personId }] });
  });

  it("sets the manager from a bare id in a follow-up PATCH, feeding the reporting line", async () => {
    const answer = await world.client.patch(`/Users/${personId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Add", path: `${ENTERPRISE}:manager`, value: managerId }],
    });
    expect(answer.status).toBe(200);
    expect(answer.body[ENTERPRISE]).toMatchObject({ manager: { value: managerId } });
    expect((await membershipRow(personId))?.managerMembershipId).toBe(managerId);
  });

  it("updates multi-valued and single-valued attributes (Update User [Multi-valued properties], [Single-valued properties])", async () => {
    const { client } = world;
    const newMail = `jan.smit-devries@${world.org.tag}.example`;
    const multi = await client.patch(`/Users/${personId}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: "Replace", path: 'emails[type eq "work"].value', value: newMail },
        { op: "Replace", path: "name.familyName", value: "Smit-de Vries" },
        { op: "Replace", path: "displayName", value: "Jan Smit-de Vries" },
      ],
    });
    expect(multi.status).toBe(200);
    expect(await membershipRow(personId)).toMatchObject({ email: newMail, name: "Jan Smit-de Vries", scimName: { givenName: "Test", familyName: "Smit-de Vries", formatted: "Test Smit" } });

    const newUpn = `jan.smit-devries@${world.org.tag}.onmicrosoft.com`;
    const single = await client.patch(`/Users/${personId}`, { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "userName", value: newUpn }] });
    expect(single.body.userName).toBe(newUpn);
    expect((await client.get(filterPath(`userName eq "${upn()}"`))).body.totalResults).toBe(0);
    expect((await client.get(filterPath(`userName eq "${newUpn}"`))).body.totalResults).toBe(1);

    // The flagged (aadOptscim062020) form: one replace without a path, its value naming the paths.
    const flagged = await client.patch(`/Users/${personId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { title: "Coördinator", [`${ENTERPRISE}:department`]: "Financiën", "name.givenName": "Jan" } }],
    });
    expect(flagged.status).toBe(200);
    expect(await membershipRow(personId)).toMatchObject({ jobTitle: "Coördinator", department: "Financiën", scimName: { givenName: "Jan" }, managerMembershipId: managerId });
  });

  it("switches the person off with Replace active \"False\": access and sessions end at once, the row and the user stay visible", async () => {
    const { client } = world;
    // The person signs in with Entra ID: SSO picks up the provisioned membership by its verified address.
    const email = (await membershipRow(personId))!.email;
    const [user] = await getDb().insert(users).values({ email, name: "Jan", emailVerified: new Date() }).returning({ id: users.id });
    await attachSsoMembership({ userId: user.id, email, name: "Jan", provider: "microsoft-entra-id", profile: { tid, xms_edov: true } });
    expect(await membershipRow(personId)).toMatchObject({ status: "active", userId: user.id });
    await getDb().insert(sessions).values({ sessionToken: `s-${crypto.randomUUID()}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) });

    const off = await client.patch(`/Users/${personId}`, { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(await membershipRow(personId)).toMatchObject({ status: "removed", userId: user.id, name: "Jan Smit-de Vries", department: "Financiën" });
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    // Entra reads soft-deleted users back: they stay visible, marked inactive.
    expect((await client.get(`/Users/${personId}`)).body).toMatchObject({ id: personId, active: false });
    expect((await client.get(filterPath('externalId eq "Smit-nick"'))).body).toMatchObject({ totalResults: 1, Resources: [{ active: false }] });
    // Signing in again through SSO does not bring them back.
    await attachSsoMembership({ userId: user.id, email, name: "Jan", provider: "microsoft-entra-id", profile: { tid, xms_edov: true } });
    expect((await membershipRow(personId))?.status).toBe("removed");
  });

  it("restores the person with active true: the same membership, linked to the same account", async () => {
    const on = await world.client.patch(`/Users/${personId}`, { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: true }] });
    expect(on.status).toBe(200);
    expect(on.body.active).toBe(true);
    const row = await membershipRow(personId);
    expect(row).toMatchObject({ status: "active", managerMembershipId: managerId, scimDeactivatedAt: null });
    expect(row?.userId).not.toBeNull();
  });

  it("removes the manager", async () => {
    const answer = await world.client.patch(`/Users/${personId}`, { schemas: [PATCH_OP], Operations: [{ op: "Remove", path: `${ENTERPRISE}:manager` }] });
    expect(answer.status).toBe(200);
    expect(answer.body[ENTERPRISE]).not.toHaveProperty("manager");
    expect((await membershipRow(personId))?.managerMembershipId).toBeNull();
  });

  it("deletes the person: 204, then 404 for their id, the row kept as removed without its SCIM identity", async () => {
    const { client } = world;
    expect((await client.delete(`/Users/${personId}`)).status).toBe(204);
    expect((await client.get(`/Users/${personId}`)).status).toBe(404);
    expect((await client.delete(`/Users/${personId}`)).status).toBe(404);
    expect((await client.get(filterPath('externalId eq "Smit-nick"'))).body.totalResults).toBe(0);
    expect(await membershipRow(personId)).toMatchObject({ status: "removed", externalId: null, scimUserName: null, scimDeactivatedAt: null, name: "Jan Smit-de Vries" });
  });

  it("provisions the same person again after a delete: their old membership comes back", async () => {
    const email = (await membershipRow(personId))!.email;
    const again = await world.client.post("/Users", entraUser("Smit", `again@${world.org.tag}.onmicrosoft.com`, email));
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(personId);
    expect(await membershipRow(personId)).toMatchObject({ status: "invited", userId: null, role: "member", scimUserName: `again@${world.org.tag}.onmicrosoft.com` });
  });

  it("logged every provisioning step in the audit log, with the token and without names", async () => {
    const rows = await getDb()
      .select({ action: auditEvents.action, targetId: auditEvents.targetId, data: auditEvents.data, actor: auditEvents.actorMembershipId })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, world.org.organizationId), eq(auditEvents.targetId, personId)))
      .orderBy(auditEvents.createdAt);
    expect(rows.map((r) => r.action)).toEqual(["scim.memberProvisioned", "scim.memberDeactivated", "scim.memberReactivated", "scim.memberDeleted", "scim.memberProvisioned"]);
    expect(rows.every((r) => r.actor === null && JSON.stringify(r.data) === JSON.stringify({ token: world.tokenId }))).toBe(true);
  });
});
