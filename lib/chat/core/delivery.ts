// What a webhook's answer means for the notice: pure, so that the retry policy is unit-tested.

/** A webhook's answer, or none (a timeout, a refused connection): status 0. */
export type WebhookAnswer = { status: number; retryAfter: string | null };

export type DeliveryOutcome =
  | { kind: "accepted" }
  /** Try again at this instant: the receiver said when (429 or 503 with Retry-After). */
  | { kind: "retryAt"; at: Date }
  /** Try again after the queue's backoff: no answer, a server error, or a 429 that did not say when. */
  | { kind: "retry" }
  /** Trying again cannot help (the webhook is gone, the payload is refused): an admin must reconnect. */
  | { kind: "permanent" };

/** The longest Retry-After Kring waits for; a longer one is capped (the notice is still sent, later). */
export const MAX_RETRY_AFTER_SECONDS = 3600;

/**
 * Slack answers 200 "ok"; a Teams Workflows webhook answers 202 Accepted. Slack's refusals (400
 * invalid_payload, 403 action_prohibited, 404 no_service, 410 channel_is_archived) and Power Automate's 4xx
 * do not get better by waiting; 408 and 429 do, as does every 5xx and no answer at all.
 */
export function outcomeOf(answer: WebhookAnswer, now: Date): DeliveryOutcome {
  const { status } = answer;
  if (status >= 200 && status < 300) return { kind: "accepted" };
  if (status === 429 || status === 503) {
    const seconds = parseRetryAfter(answer.retryAfter, now);
    if (seconds !== null) return { kind: "retryAt", at: new Date(now.getTime() + Math.min(seconds, MAX_RETRY_AFTER_SECONDS) * 1000) };
    return { kind: "retry" };
  }
  if (status === 0 || status === 408 || status >= 500) return { kind: "retry" };
  return { kind: "permanent" };
}

/** Retry-After as seconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
