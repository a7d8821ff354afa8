import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, isNull, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, scimTokens } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { setClockOffset } from "@/lib/clock";
import { createTestOrganization, type TestOrganization, type TestPerson } from "@/lib/members/test-helpers";
import { testSession } from "@/lib/testing/request-mocks";
import { scimClient } from "./test-fixtures";
import { getScimTokenStatus } from "./tokens";

// The token in Organisation settings, through the server action a crafted POST calls: an admin makes it
// (shown once, stored as a hash), sees its first characters and when it was made and last used, replaces
// it (the old one stops at once) and stops it. Members and other organisations' admins change nothing.
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const { manageScimTokenAction } = await import("@/app/(admin)/admin/settings/scim-actions");

let org: TestOrganization;
let other: TestOrganization;
let member: TestPerson;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function act(person: TestPerson, fields: Record<string, string>) {
  testSession.userId = person.userId;
  return manageScimTokenAction(null, form(fields));
}

async function tokensOf(organizationId: string) {
  return getDb().select().from(scimTokens).where(eq(scimTokens.organizationId, organizationId)).orderBy(scimTokens.createdAt);
}

beforeAll(async () => {
  [org, other] = await Promise.all([createTestOrganization("Tokens"), createTestOrganization("Other")]);
  member = await org.addPerson("member", "member");
});
beforeEach(() => {
  testSession.userId = null;
  setClockOffset(0);
});
afterAll(async () => {
  setClockOffset(0);
  await closeDb();
});

describe("the SCIM token in Organisation settings", () => {
  let firstToken: string;
  let firstId: string;

  it("an admin makes it: shown once, stored only as its sha256, with a prefix to recognise it", async () => {
    const answer = await act(org.admin, { intent: "create" });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    firstToken = answer.data!.token!;
    firstId = answer.data!.status!.id;
    expect(firstToken).toMatch(/^kscim_[A-Za-z0-9_-]{43}$/);
    expect(answer.data!.status).toMatchObject({ prefix: firstToken.slice(0, 12), createdByName: expect.stringContaining("admin"), lastUsedAt: null });
    const [row] = await tokensOf(org.organizationId);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(firstToken.slice(12));
    // The page shows its status, never the token.
    const status = await getScimTokenStatus(org.admin.scope);
    expect(status).toMatchObject({ id: firstId, prefix: firstToken.slice(0, 12) });
    expect(JSON.stringify(status)).not.toContain(firstToken.slice(12));
    const audit = await getDb().select().from(auditEvents).where(and(eq(auditEvents.organizationId, org.organizationId), eq(auditEvents.action, "scim.tokenCreated")));
    expect(audit).toMatchObject([{ actorMembershipId: org.admin.membershipId, targetType: "scim_token", targetId: firstId }]);
  });

  it("a second 'make' (a double click) is a conflict: one live token", async () => {
    const answer = await act(org.admin, { intent: "create" });
    expect(answer).toMatchObject({ ok: false, error: "scimTokenChanged" });
    expect((await tokensOf(org.organizationId)).filter((t) => t.revokedAt === null)).toHaveLength(1);
  });

  it("records when the token was last used, at most once a minute", async () => {
    expect((await scimClient(firstToken).get("/Users")).status).toBe(200);
    const used = (await getScimTokenStatus(org.admin.scope))!.lastUsedAt;
    expect(used).not.toBeNull();
    await scimClient(firstToken).get("/Users");
    expect((await getScimTokenStatus(org.admin.scope))!.lastUsedAt).toEqual(used);
    setClockOffset(61_000);
    await scimClient(firstToken).get("/Users");
    expect((await getScimTokenStatus(org.admin.scope))!.lastUsedAt!.getTime()).toBeGreaterThan(used!.getTime());
  });

  it("rotating makes a new token and stops the old one at once; a stale rotate changes nothing", async () => {
    const answer = await act(org.admin, { intent: "rotate", tokenId: firstId });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const second = answer.data!.token!;
    expect(second).not.toBe(firstToken);
    expect((await scimClient(firstToken).get("/Users")).status).toBe(401);
    expect((await scimClient(second).get("/Users")).status).toBe(200);
    const before = await tokensOf(org.organizationId);
    expect(await act(org.admin, { intent: "rotate", tokenId: firstId })).toMatchObject({ ok: false, error: "scimTokenChanged" });
    expect(await tokensOf(org.organizationId)).toEqual(before);
    expect(before.filter((t) => t.revokedAt === null).map((t) => t.id)).toEqual([answer.data!.status!.id]);
    const audit = await getDb().select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.organizationId, org.organizationId), eq(auditEvents.targetType, "scim_token")));
    expect(audit.map((a) => a.action).sort()).toEqual(["scim.tokenCreated", "scim.tokenRotated"]);
  });

  it("a member, a signed-out request and another organisation's admin are refused, and nothing changes", async () => {
    const [live] = (await tokensOf(org.organizationId)).filter((t) => t.revokedAt === null);
    const before = await tokensOf(org.organizationId);
    const attempts: Record<string, string>[] = [{ intent: "create" }, { intent: "rotate", tokenId: live.id }, { intent: "revoke", tokenId: live.id }];
    for (const fields of attempts) {
      expect(await act(member, fields)).toMatchObject({ ok: false, error: "forbidden" });
      testSession.userId = null;
      expect(await manageScimTokenAction(null, form(fields))).toMatchObject({ ok: false, error: "unauthenticated" });
    }
    // The other organisation's admin names this organisation's token: it is not theirs to rotate or stop.
    expect(await act(other.admin, { intent: "revoke", tokenId: live.id })).toMatchObject({ ok: false, error: "scimTokenChanged" });
    expect(await act(other.admin, { intent: "rotate", tokenId: live.id })).toMatchObject({ ok: false, error: "scimTokenChanged" });
    expect(await tokensOf(org.organizationId)).toEqual(before);
    expect(await tokensOf(other.organizationId)).toEqual([]);
    expect(await act(org.admin, { intent: "rotate", tokenId: "not-a-uuid" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await act(org.admin, { intent: "delete-everything" })).toMatchObject({ ok: false, error: "invalid" });
  });

  it("an admin stops the token: 401 from then on, and the page says there is none", async () => {
    const [live] = (await tokensOf(org.organizationId)).filter((t) => t.revokedAt === null);
    const answer = await act(org.admin, { intent: "revoke", tokenId: live.id });
    expect(answer).toMatchObject({ ok: true, message: "revoked" });
    expect(await getScimTokenStatus(org.admin.scope)).toBeNull();
    expect(await getDb().select().from(scimTokens).where(and(eq(scimTokens.organizationId, org.organizationId), isNull(scimTokens.revokedAt)))).toEqual([]);
  });

  it("a tenant transaction sees its own organisation's tokens only (row-level security)", async () => {
    await act(other.admin, { intent: "create" });
    const seen = await withTenant({ organizationId: org.organizationId }, (tx) => tx.select({ organizationId: scimTokens.organizationId }).from(scimTokens));
    expect(new Set(seen.map((s) => s.organizationId))).toEqual(new Set([org.organizationId]));
    const [{ n }] = await getDb().select({ n: sql<number>`count(*)::int` }).from(scimTokens).where(eq(scimTokens.organizationId, other.organizationId));
    expect(n).toBe(1);
  });
});
