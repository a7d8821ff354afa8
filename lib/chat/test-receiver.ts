import http from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for a Teams Workflows or Slack webhook, for the integration tests: a tiny HTTP server on
// 127.0.0.1 that checks each payload's shape as the service would (a wrong one answers 400, as Slack's
// invalid_payload does) and answers from a script: "ok", a status with an optional Retry-After, or "hang"
// (no answer until the client gives up). It records every request and which ones it accepted.

export type Reply = "ok" | "hang" | { status: number; retryAfter?: string; delayMs?: number };

export type Received = { path: string; body: unknown; headers: http.IncomingHttpHeaders; at: number; accepted: boolean; shapeError: string | null };

export type TestReceiver = {
  url: (path: "/slack" | "/teams" | string) => string;
  /** Replies for the next requests, in order; after them every request is answered "ok". */
  script: (...replies: Reply[]) => void;
  received: Received[];
  accepted: () => Received[];
  close: () => Promise<void>;
};

/** What each service checks first; enough to catch a wrong envelope. */
export function shapeErrorOf(path: string, body: unknown): string | null {
  const b = body as Record<string, unknown> | null;
  if (!b || typeof b !== "object") return "not a JSON object";
  if (path.startsWith("/slack")) {
    if (typeof b.text !== "string" || b.text.length === 0) return "no text";
    if (!Array.isArray(b.blocks) || b.blocks.length === 0 || b.blocks.length > 50) return "blocks";
    for (const block of b.blocks as Record<string, unknown>[]) if (typeof block.type !== "string") return "block without type";
    return null;
  }
  if (path.startsWith("/teams")) {
    if (b.type !== "message" || !Array.isArray(b.attachments) || b.attachments.length !== 1) return "not a message with one attachment";
    const [a] = b.attachments as Record<string, unknown>[];
    if (a.contentType !== "application/vnd.microsoft.card.adaptive") return "not an Adaptive Card";
    const card = a.content as Record<string, unknown>;
    if (card?.type !== "AdaptiveCard" || typeof card.version !== "string" || !Array.isArray(card.body)) return "card";
    return null;
  }
  return null;
}

export async function startTestReceiver(): Promise<TestReceiver> {
  const queue: Reply[] = [];
  const received: Received[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        body = null;
      }
      const entry: Received = { path, body, headers: req.headers, at: Date.now(), accepted: false, shapeError: shapeErrorOf(path, body) };
      received.push(entry);
      if (entry.shapeError) return void res.writeHead(400, { "content-type": "text/plain" }).end("invalid_payload");
      const reply = queue.shift() ?? "ok";
      if (reply === "hang") {
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
      }
      const answer = () => {
        if (reply === "ok" || reply.status < 300) {
          entry.accepted = true;
          // Slack answers 200 "ok"; Teams Workflows 202 with no body.
          return void (path.startsWith("/teams") ? res.writeHead(202).end() : res.writeHead(200, { "content-type": "text/plain" }).end("ok"));
        }
        const headers: Record<string, string> = { "content-type": "text/plain" };
        if (reply.retryAfter !== undefined) headers["retry-after"] = reply.retryAfter;
        res.writeHead(reply.status, headers).end(reply.status === 404 ? "no_service" : "error");
      };
      const delay = reply !== "ok" ? reply.delayMs : undefined;
      if (delay) setTimeout(answer, delay);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    script: (...replies) => void queue.push(...replies),
    received,
    accepted: () => received.filter((r) => r.accepted),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
