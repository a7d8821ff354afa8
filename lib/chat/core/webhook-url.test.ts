import { describe, expect, it } from "vitest";
import { checkWebhookUrl } from "./webhook-url";

const strict = { allowLoopback: false };
const dev = { allowLoopback: true };

describe("checkWebhookUrl", () => {
  it("takes Slack's incoming webhooks and shows only the host and the last characters", () => {
    const checked = checkWebhookUrl("slack", " https://hooks.slack.com/services/T0123ABC/B0456DEF/abcdEFGHijkl9876 ", strict);
    expect(checked).toEqual({ ok: true, url: "https://hooks.slack.com/services/T0123ABC/B0456DEF/abcdEFGHijkl9876", hint: "hooks.slack.com/…9876" });
  });

  it("takes Teams Workflows webhooks on Power Platform and on Logic Apps hosts", () => {
    const power = "https://default1234abcd.09.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/86ffea63/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=s1gn4tur3";
    expect(checkWebhookUrl("teams", power, strict)).toMatchObject({ ok: true, hint: "default1234abcd.09.environment.api.powerplatform.com/…tur3" });
    expect(checkWebhookUrl("teams", "https://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=x", strict)).toMatchObject({ ok: true });
  });

  it.each([
    ["slack", "", "url"],
    ["slack", "not a url", "url"],
    ["slack", "http://hooks.slack.com/services/T1/B1/x", "https"],
    ["slack", "https://hooks.slack.com.evil.example/services/T1/B1/x", "host"],
    ["slack", "https://evil.example/hooks.slack.com/services/T1/B1/x", "host"],
    ["slack", "https://hooks.slack.com:8443/services/T1/B1/x", "host"],
    ["slack", "https://user:pass@hooks.slack.com/services/T1/B1/x", "url"],
    ["slack", "https://hooks.slack.com/triggers/T1/123/abc", "path"],
    ["slack", "https://prod-12.westeurope.logic.azure.com/workflows/abc", "host"],
    ["teams", "https://hooks.slack.com/services/T1/B1/x", "host"],
    ["teams", "https://logic.azure.com/workflows/abc", "host"],
    ["teams", "https://evil-logic.azure.com.example/workflows/abc", "host"],
    ["teams", "https://prod-12.westeurope.logic.azure.com/other/abc", "path"],
    ["teams", "https://outlook.office.com/webhook/abc", "host"],
    ["teams", "http://127.0.0.1:4000/workflows/x", "https"],
    ["slack", `https://hooks.slack.com/services/T1/B1/${"x".repeat(2100)}`, "url"],
  ] as const)("refuses %s %s (%s)", (kind, url, reason) => {
    expect(checkWebhookUrl(kind, url, strict)).toEqual({ ok: false, reason });
  });

  it("allows the local test receiver only when asked to (outside production), and only on 127.0.0.1 with a port", () => {
    expect(checkWebhookUrl("slack", "http://127.0.0.1:4999/hook", dev)).toMatchObject({ ok: true, url: "http://127.0.0.1:4999/hook" });
    expect(checkWebhookUrl("teams", "http://127.0.0.1:4999/hook", dev)).toMatchObject({ ok: true });
    expect(checkWebhookUrl("slack", "http://127.0.0.1:4999/hook", strict)).toEqual({ ok: false, reason: "https" });
    expect(checkWebhookUrl("slack", "http://localhost:4999/hook", dev)).toEqual({ ok: false, reason: "https" });
    expect(checkWebhookUrl("slack", "http://10.0.0.8:4999/hook", dev)).toEqual({ ok: false, reason: "https" });
  });
});
