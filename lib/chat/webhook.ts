import type { WebhookAnswer } from "./core/delivery";

// One POST to a channel's incoming webhook. No redirects are followed: a webhook that answers with one is
// not the service's (the URL was checked when it was stored, lib/chat/core/webhook-url.ts), and following
// it would let a 3xx send Kring's request anywhere.

/** A healthy webhook answers in well under a second; one that has not answered in 10 s is given up on and retried. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export type PostOptions = {
  timeoutMs?: number;
  /** Sent as Idempotency-Key: Slack and Teams ignore it, a proxy or a receiver that honours it deduplicates. */
  idempotencyKey: string;
};

export type PostResult = WebhookAnswer & { failure: "timeout" | "unreachable" | null };

export async function postToWebhook(url: string, payload: unknown, options: PostOptions): Promise<PostResult> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": options.idempotencyKey, "user-agent": "Kring" },
      body: JSON.stringify(payload),
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
    });
    // The body is read (and dropped) so that the connection is released; Slack's says "ok" or why not.
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, retryAfter: response.headers.get("retry-after"), failure: null };
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    return { status: 0, retryAfter: null, failure: name === "TimeoutError" || name === "AbortError" ? "timeout" : "unreachable" };
  }
}
