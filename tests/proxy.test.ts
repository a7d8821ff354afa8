import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "../proxy";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/security/body-limit";

const url = "http://localhost:3000/admin/members";
const request = (init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(url, { method: init.method ?? "GET", headers: init.headers });

afterEach(() => vi.unstubAllEnvs());

describe("proxy.ts", () => {
  it("gives every response a CSP with a fresh nonce, and hands the same policy to Next.js on the request", () => {
    vi.stubEnv("NODE_ENV", "production");
    const first = proxy(request());
    const second = proxy(request());
    const csp = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(csp.split("; ").find((d) => d.startsWith("style-src"))).not.toContain("'unsafe-inline'");
    // NextResponse.next({ request: { headers } }) passes overridden request headers on in these two.
    expect(first.headers.get("x-middleware-override-headers")).toContain("content-security-policy");
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("refuses a server action posted from another site with 403, not Next.js's 500 (probe finding L4)", async () => {
    const response = proxy(request({ method: "POST", headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "next-action": "abc" } }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Cross-site");
    expect(proxy(request({ method: "POST", headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "next-action": "abc" } })).status).not.toBe(403);
  });

  it("refuses an action body over the limit with 413 before Next.js reads it (probe finding L3)", () => {
    const headers = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "next-action": "abc" };
    expect(proxy(request({ method: "POST", headers: { ...headers, "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) } })).status).toBe(413);
    expect(proxy(request({ method: "POST", headers: { ...headers, "content-length": String(5 * 1024 * 1024) } })).status).not.toBe(413);
  });
});
