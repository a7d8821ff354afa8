import { format } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { closeDb, getDb, getSql } from "@/db/client";
import { memberships } from "@/db/schema";
import { authorizedAction } from "@/lib/auth/action";
import { logFailure } from "@/lib/logging/log-failure";
import { createTestOrganization, type TestOrganization } from "@/lib/members/test-helpers";
import { testSession } from "@/lib/testing/request-mocks";

// Probe finding L2: "[kring] action failed" printed the whole error, and a failed query's error carries
// the query's parameters (drizzle's message, postgres.js's `parameters` and `detail`): names and bios
// in the log. These tests make PostgreSQL refuse real queries that carry a person's input and search
// everything written to the log for that input.
vi.mock("@/lib/auth/config", () => import("@/lib/testing/request-mocks").then((m) => m.authConfigMock()));
vi.mock("next/cache", () => import("@/lib/testing/request-mocks").then((m) => m.nextCacheMock()));
vi.mock("next/headers", () => import("@/lib/testing/request-mocks").then((m) => m.nextHeadersMock()));

const SECRET_BIO = "Ada Lovelace-Secret bio 7f3e, burn-out in 2026";
const SECRET_EMAIL = "ada.secret.7f3e@example.org";

let org: TestOrganization;
let logged: string[];

beforeAll(async () => {
  org = await createTestOrganization("Logging org");
});

afterEach(() => vi.restoreAllMocks());

afterAll(() => closeDb());

/** Everything console.error prints meanwhile, formatted the way the console formats it (objects inspected). */
function captureErrorLog() {
  logged = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(format(...args));
  });
}

/** The error a real query throws. */
async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("the query did not fail");
}

describe("a failed action logs ids and the error's code, never the input", () => {
  it("an action whose query PostgreSQL refuses: 'unexpected' for the person, no bio in the log", async () => {
    testSession.userId = org.admin.userId;
    // PostgreSQL quotes the refused value in its message ('invalid input syntax for type uuid: "…"').
    const action = authorizedAction(z.object({ bio: z.string() }), "profile.editOwn", async ({ bio }) => {
      await getDb().execute(sql`select ${bio}::uuid`);
    });
    captureErrorLog();
    const data = new FormData();
    data.append("bio", SECRET_BIO);
    expect(await action(null, data)).toEqual({ ok: false, error: "unexpected" });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("[kring] action failed");
    expect(logged[0]).toContain("code=22P02");
    expect(logged[0]).toContain(`membership=${org.admin.membershipId}`);
    expect(logged.join("\n")).not.toContain("Secret bio");
    expect(logged.join("\n")).not.toContain("burn-out");
  });

  it("a unique violation: the row's values in its detail stay out of the log, the constraint's name is in", async () => {
    const row = { organizationId: org.organizationId, email: SECRET_EMAIL, name: SECRET_BIO, role: "member" as const, status: "invited" as const };
    await getDb().insert(memberships).values(row);
    const error = await failure(() => getDb().insert(memberships).values(row));
    captureErrorLog();
    logFailure("test insert failed", error, { organization: org.organizationId });
    const line = logged.join("\n");
    expect(line).toContain("code=23505");
    expect(line).toMatch(/constraint_name=\w+/);
    expect(line).not.toContain("ada.secret");
    expect(line).not.toContain("Secret bio");
  });

  it("ids cannot smuggle text into the line either", () => {
    captureErrorLog();
    logFailure("test", new Error("x"), { action: `abc ${SECRET_BIO}`.slice(0, 20) });
    expect(logged[0]).not.toContain(" Ada");
  });
});

describe("the database client", () => {
  it("keeps a failed query's text and parameters off the error's enumerable properties (no postgres.js debug option)", async () => {
    const error = await failure(() => getSql()`select ${SECRET_BIO}::uuid`);
    expect(Object.keys(error as object)).not.toContain("parameters");
    expect(Object.keys(error as object)).not.toContain("query");
    // Its message still quotes the value, which is why nothing logs an error but through logFailure.
    captureErrorLog();
    logFailure("test query failed", error);
    expect(logged[0]).toContain("PostgresError code=22P02");
    expect(logged[0]).not.toContain("Secret bio");
  });
});
