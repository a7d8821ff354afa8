import http from "node:http";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prettyLine, setLoggerForTests } from "./logger";
import { noteOrganization } from "./request-context";
import { installRequestLogHook } from "./request-log-hook";
import { loggablePath, requestIdFrom } from "./request-log";
import { isUuid } from "@/lib/validation/uuid";

describe("what a request's log line may hold", () => {
  it("drops the query string and the fragment", () => {
    expect(loggablePath("/sign-in/confirm?token=abc123&email=ada%40example.org")).toBe("/sign-in/confirm");
    expect(loggablePath("/dev/outbox?to=ada@example.org#top")).toBe("/dev/outbox");
    expect(loggablePath("http://localhost:3000/dashboard?x=1")).toBe("/dashboard");
  });

  it("replaces the invitation and calendar tokens, and long random-looking segments, but keeps record ids", () => {
    expect(loggablePath("/invite/2b8Hq0rWcM7_xYp4ZkE1vN9sLdT3uQ6aJfG5hR8iO0w")).toBe("/invite/:token");
    expect(loggablePath("/invite/short/accept")).toBe("/invite/:token/accept");
    expect(loggablePath("/calendar/Zx9vW8uT7sR6qP5oN4mL3kJ2iH1gF0eD.ics")).toBe("/calendar/:token");
    expect(loggablePath("/x/0123456789abcdef0123456789abcdef")).toBe("/x/:redacted");
    expect(loggablePath("/matches/7b0c3f8e-2f4a-4c55-9d8e-0a1b2c3d4e5f")).toBe("/matches/7b0c3f8e-2f4a-4c55-9d8e-0a1b2c3d4e5f");
    expect(loggablePath("/admin/programmes/new")).toBe("/admin/programmes/new");
  });

  it("keeps a line a line: no control characters or spaces, at most 200 characters", () => {
    expect(loggablePath("/a b\u0000c")).toBe("/a?b?c");
    expect(loggablePath(`/${"a-".repeat(200)}`).length).toBeLessThanOrEqual(201);
    expect(loggablePath("not a url")).toBe("(invalid)");
  });

  it("takes a proxy's request id when it is a plain token, and makes one otherwise", () => {
    expect(requestIdFrom("req-0123456789")).toBe("req-0123456789");
    expect(isUuid(requestIdFrom("bad id with spaces\n"))).toBe(true);
    expect(isUuid(requestIdFrom(undefined))).toBe(true);
  });

  it("prints a readable line outside production", () => {
    const line = prettyLine(JSON.stringify({ level: "info", time: "2026-01-02T12:00:01.234Z", msg: "request", method: "GET", status: 200, pid: 1 }));
    expect(line).toBe("12:00:01.234 INFO  request method=GET status=200\n");
  });
});

describe("the request hook on a real HTTP server", () => {
  const lines: Record<string, unknown>[] = [];
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    setLoggerForTests(
      new Writable({
        write(chunk, _encoding, done) {
          for (const text of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(text) as Record<string, unknown>);
          done();
        },
      }) as unknown as Parameters<typeof setLoggerForTests>[0],
    );
    installRequestLogHook();
    server = http.createServer((request, response) => {
      // What the tenant layer does once it knows the organisation.
      if (request.url?.startsWith("/org")) noteOrganization("0b6f3c2e-1d4a-4b5c-8e9f-a0b1c2d3e4f5");
      setTimeout(() => {
        response.statusCode = request.url?.startsWith("/fail") ? 500 : 200;
        response.end("ok");
      }, 5);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    setLoggerForTests(null);
    await new Promise((resolve) => server.close(resolve));
  });

  const lineFor = async (requestId: string) => {
    for (let i = 0; i < 50 && !lines.some((l) => l.requestId === requestId); i++) await new Promise((r) => setTimeout(r, 10));
    return lines.find((l) => l.requestId === requestId);
  };

  it("writes one line per request with id, method, path without query, status, duration and organisation", async () => {
    const response = await fetch(`${base}/org/page?email=ada@example.org&token=s3cret`, { headers: { "x-request-id": "proxy-id-000001" } });
    expect(response.headers.get("x-request-id")).toBe("proxy-id-000001");
    const line = await lineFor("proxy-id-000001");
    expect(line).toMatchObject({ event: "request", method: "GET", path: "/org/page", status: 200, organizationId: "0b6f3c2e-1d4a-4b5c-8e9f-a0b1c2d3e4f5", level: "info" });
    expect(line!.durationMs as number).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(lines)).not.toContain("ada@example.org");
    expect(JSON.stringify(lines)).not.toContain("s3cret");
  });

  it("gives each request its own id and context, and logs a 500 as an error", async () => {
    const [a, b] = await Promise.all([fetch(`${base}/fail`), fetch(`${base}/plain`)]);
    const idA = a.headers.get("x-request-id")!;
    const idB = b.headers.get("x-request-id")!;
    expect(idA).not.toBe(idB);
    expect(await lineFor(idA)).toMatchObject({ status: 500, level: "error", path: "/fail" });
    expect((await lineFor(idB))?.organizationId).toBeUndefined();
  });
});
