// Which webhook URLs Kring posts to. The URL is typed by an admin and the worker later sends a request to it,
// so this is also what keeps Kring from being pointed at a machine of the admin's choosing (SSRF): https,
// the port 443, no credentials in it, and only the hosts the two services hand out.

export type ChatKind = "teams" | "slack";

export type WebhookUrlRefusal = "url" | "https" | "host" | "path";

export type CheckedWebhookUrl = { ok: true; url: string; hint: string } | { ok: false; reason: WebhookUrlRefusal };

/** Slack's incoming webhooks: https://hooks.slack.com/services/T…/B…/… (never a Workflow Builder trigger, which takes no Block Kit). */
const SLACK_HOST = "hooks.slack.com";

/**
 * Teams Workflows ("When a Teams webhook request is received"): Power Automate hands out
 * https://<environment>.<nn>.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/…,
 * and older flows https://prod-<nn>.<region>.logic.azure.com/workflows/….
 */
const TEAMS_HOST_SUFFIXES = [".environment.api.powerplatform.com", ".logic.azure.com"];

export const MAX_WEBHOOK_URL_LENGTH = 2048;

export type CheckWebhookUrlOptions = {
  /** The local test receiver (http://127.0.0.1:<port>/…): only outside production, for tests and development. */
  allowLoopback: boolean;
};

export function checkWebhookUrl(kind: ChatKind, raw: string, options: CheckWebhookUrlOptions): CheckedWebhookUrl {
  const text = raw.trim();
  if (!text || text.length > MAX_WEBHOOK_URL_LENGTH || !URL.canParse(text)) return { ok: false, reason: "url" };
  const url = new URL(text);
  if (url.username || url.password || url.hash) return { ok: false, reason: "url" };
  if (options.allowLoopback && url.protocol === "http:" && url.hostname === "127.0.0.1" && url.port) {
    return { ok: true, url: url.toString(), hint: hintOf(url) };
  }
  if (url.protocol !== "https:") return { ok: false, reason: "https" };
  // new URL() drops a default port; any other is not the service's.
  if (url.port !== "") return { ok: false, reason: "host" };
  const host = url.hostname.toLowerCase();
  if (kind === "slack") {
    if (host !== SLACK_HOST) return { ok: false, reason: "host" };
    if (!/^\/services\/[A-Za-z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]+$/.test(url.pathname)) return { ok: false, reason: "path" };
  } else {
    const suffix = TEAMS_HOST_SUFFIXES.find((s) => host.endsWith(s));
    // At least one label of the service's own before the suffix ("prod-12.westeurope"), never the bare suffix.
    if (!suffix || host.length === suffix.length) return { ok: false, reason: "host" };
    if (!/\/workflows\//.test(url.pathname)) return { ok: false, reason: "path" };
  }
  return { ok: true, url: url.toString(), hint: hintOf(url) };
}

/** What an admin is shown of a stored URL: the host and the last four characters, never the secret part. */
export function hintOf(url: URL): string {
  const tail = (url.pathname + url.search).slice(-4);
  return `${url.host}/…${tail}`;
}
