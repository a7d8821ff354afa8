import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { auditEvents, emailMessages } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { closeProducer } from "@/lib/jobs/boss";
import { renderedEmails } from "@/lib/scheduling/test-fixtures";
import { testSession } from "@/lib/testing/request-mocks";
import { listAuditEvents } from "./audit-log";
import { sendInsightsDigests } from "./digest";
import { getInsights } from "./get-insights";
import { createInsightsWorld, NOW, PERIOD, type InsightsWorld } from "./test-fixtures";

// Admins only, and aggregates only: the page's data, the CSV export (called the way a browser does) and the
// weekly digest are refused to anyone else, and none of them carries anything a pair or a group wrote.
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));
const { NextRequest } = await import("next/server");
const exportRoute = await import("@/app/(admin)/admin/insights/export/route");

let world: InsightsWorld;
const query = new URLSearchParams(PERIOD).toString();
const exportAs = async (userId: string | null, search = query) => {
  testSession.userId = userId;
  return exportRoute.GET(new NextRequest(`http://localhost:3000/admin/insights/export?${search}`));
};
const exportsLogged = async () =>
  (await getDb().select().from(auditEvents).where(and(eq(auditEvents.organizationId, world.organizationId), eq(auditEvents.action, "insights.exported")))).length;

beforeAll(async () => {
  world = await createInsightsWorld({ copies: 5 });
  // The export reads the app's clock: put it on the history's "now".
  setClockOffset(NOW.getTime() - Date.now());
});

beforeEach(() => {
  testSession.userId = null;
});

afterAll(async () => {
  setClockOffset(0);
  await closeProducer();
  await closeDb();
});

describe("only admins of the organisation", () => {
  it("refuse the page's data to a member and to an admin of another organisation", async () => {
    await expect(getInsights(world.member.scope, PERIOD, { now: NOW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getInsights({ ...world.outsider.scope, organizationId: world.organizationId }, PERIOD, { now: NOW })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuse the export to a signed-out visitor and to a member, and log nothing", async () => {
    expect((await exportAs(null)).status).toBe(401);
    expect((await exportAs(world.member.userId)).status).toBe(403);
    expect(await exportsLogged()).toBe(0);
  });

  it("give another organisation's admin only their own organisation's figures", async () => {
    const response = await exportAs(world.outsider.userId);
    expect(response.status).toBe(200);
    const csv = await response.text();
    // Their organisation has one member, themselves: a figure about fewer than five people, hidden.
    expect(csv).toContain("Invited,,fewer than five people\r\n");
    expect(csv).not.toContain(world.copies[0].A.name);
    expect(await exportsLogged()).toBe(0);
  });

  it("refuse the audit log to a member", async () => {
    await expect(listAuditEvents(world.member.scope)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the CSV export", () => {
  it("holds every figure with the page's filters, and is written to the audit log", async () => {
    const response = await exportAs(world.admin.userId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain('attachment; filename="kring-insights-2027-01-01-2027-06-30.csv"');
    // A byte-order mark first, for Excel (text() drops it when it decodes).
    expect([...new Uint8Array(await response.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await response.text();
    expect(csv.startsWith("Section,Item,Value,Note\r\n")).toBe(true);
    for (const line of ["Filters,From,2027-01-01,", "From invitation to taking part,Signed up,55,", "Sessions per month,2027-02 Planned,15,", "Key figures for the period,Cases presented,15,", "Why mentors declined,No time,5,", "Engagement ladder per department,Finance: Leads,10,", "Programme health (number of items),Pairs with no session in 30 days,5,"]) {
      expect(csv).toContain(line);
    }
    const [logged] = await getDb().select().from(auditEvents).where(and(eq(auditEvents.organizationId, world.organizationId), eq(auditEvents.action, "insights.exported")));
    expect(logged).toMatchObject({ actorMembershipId: world.admin.membershipId, targetType: "insights", data: { programmeId: null, department: null, from: "2027-01-01", to: "2027-06-30" } });
  });

  it("applies the filters of the query string", async () => {
    const csv = await (await exportAs(world.admin.userId, `${query}&department=IT`)).text();
    expect(csv).toContain("Filters,Department,IT,");
    expect(csv).toContain("From invitation to taking part,Signed up,25,");
    expect(csv).not.toContain("Finance: Leads");
  });

  it("appears in the audit log, which says who and what but not the filters", async () => {
    const log = await listAuditEvents(world.admin.scope);
    expect(log.rows[0]).toMatchObject({ action: "insights.exported", actorName: world.admin.name, targetType: "insights" });
    expect(JSON.stringify(log)).not.toContain("2027-01-01");
  });
});

describe("the weekly digest", () => {
  it("goes once a week to each admin, in their language, with a link per item", async () => {
    expect(await sendInsightsDigests(NOW, { organizationId: world.organizationId })).toEqual({ organizations: 1, emails: 1 });
    expect(await sendInsightsDigests(new Date(NOW.getTime() + 3_600_000), { organizationId: world.organizationId })).toEqual({ organizations: 0, emails: 0 });
    const [digest] = await renderedEmails(world.organizationId, "insights-digest");
    expect(digest).toMatchObject({ to: world.admin.email, locale: "en" });
    expect(digest.subject).toContain("20 things need attention");
    expect(digest.text).toContain(world.copies[0].Fa.name);
    expect(digest.text).toContain(`/admin/programmes/${world.mentoringId}/matching`);
    expect(digest.text).toContain("/admin/insights");
  });
});

describe("nothing anyone wrote reaches an admin", () => {
  it("no case, note, goal, learning, check-in or feedback comment in the page's data, the export or the digest", async () => {
    const seen: string[] = [];
    for (const q of [PERIOD, { ...PERIOD, programme: world.codevId }, { ...PERIOD, programme: world.mentoringId, department: "Finance" }]) {
      seen.push(JSON.stringify(await getInsights(world.admin.scope, q, { now: NOW })));
    }
    for (const search of [query, `${query}&programme=${world.codevId}`, `${query}&department=IT`]) seen.push(await (await exportAs(world.admin.userId, search)).text());
    for (const email of await renderedEmails(world.organizationId, "insights-digest")) seen.push(email.subject, email.html, email.text);
    const stored = await getDb().select({ props: emailMessages.props }).from(emailMessages).where(sql`${emailMessages.organizationId} = ${world.organizationId}`);
    seen.push(JSON.stringify(stored));
    seen.push(JSON.stringify(await listAuditEvents(world.admin.scope)));
    expect(seen.join("\n").length).toBeGreaterThan(1000);
    for (const text of seen) expect(text).not.toContain(world.marker);
    // And the markers are there to be found: the history did write them.
    const [{ n }] = Array.from(await getDb().execute<{ n: number }>(sql`select count(*)::int as n from codev_cases where title like ${`${world.marker}%`}`));
    expect(n).toBe(20);
  });
});
