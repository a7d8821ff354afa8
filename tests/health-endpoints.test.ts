import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { closeDb, databaseUrl } from "@/db/client";
import { createUniqueDatabase } from "@/lib/testing/test-database";
import { checkReadiness, LATEST_MIGRATION_AT } from "@/lib/ops/readiness";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";

// The probes a platform calls: liveness never touches the database; readiness answers 200 only when the
// database answers and has this build's migrations, with a body that says nothing else.

const migrated = databaseUrl();
let empty: { url: string; drop: () => Promise<void> } | undefined;

afterEach(async () => {
  await closeDb();
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await closeDb();
  await empty?.drop();
});

describe("GET /api/health", () => {
  it("answers ok without a database", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("GET /api/ready", () => {
  it("is ready on a migrated database", async () => {
    vi.stubEnv("DATABASE_URL", migrated);
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
    expect(LATEST_MIGRATION_AT).toBeGreaterThan(0);
  });

  it("is not ready on a database without the migrations, and says only that", async () => {
    empty = await createUniqueDatabase(migrated, "kring_unmigrated");
    vi.stubEnv("DATABASE_URL", empty.url);
    expect(await checkReadiness()).toEqual({ ready: false, reason: "migrations" });
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });

  it("is not ready, within the probe's 2 s, when the database does not answer", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    const started = Date.now();
    expect(await checkReadiness()).toEqual({ ready: false, reason: "database" });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
