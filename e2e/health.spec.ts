import { expect, expectSecurityHeaders, test } from "./support/fixtures";

// The probes a platform calls on the production server (README, "Production"): unauthenticated, cheap,
// saying nothing but their status; every response carries its request id (lib/ops/request-log-hook.ts).

test("GET /api/health: the process is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  const headers = response.headers();
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["set-cookie"]).toBeUndefined();
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expectSecurityHeaders(headers);
});

test("GET /api/ready: the database answers and has this build's migrations", async ({ request }) => {
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ready" });
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("a proxy's request id is kept, so that its log lines and ours join up", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { "x-request-id": "lb-0123456789abcdef" } });
  expect(response.headers()["x-request-id"]).toBe("lb-0123456789abcdef");
});
