import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deliver, type OutgoingEmail } from "./transport";

const { send } = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock("resend", () => ({
  Resend: class {
    emails = { send };
  },
}));

const message: OutgoingEmail = {
  id: "6f1c1a52-3f0e-4c53-9d7e-2d1d5f0a9b11",
  to: "ada@example.com",
  subject: "Hello",
  html: "<p>Hello</p>",
  text: "Hello",
  attachments: [{ filename: "session.ics", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", contentType: "text/calendar; method=REQUEST" }],
};

beforeEach(() => send.mockReset());
afterEach(() => vi.unstubAllEnvs());

describe("deliver", () => {
  it("keeps the message in the outbox without an API key", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    await expect(deliver(message)).resolves.toEqual({ transport: "outbox", providerId: null });
    expect(send).not.toHaveBeenCalled();
  });

  it("sends through Resend with an idempotency key derived from the message id", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test");
    vi.stubEnv("EMAIL_FROM", "Kring <mail@kring.test>");
    send.mockResolvedValue({ data: { id: "provider-1" }, error: null, headers: null });

    await expect(deliver(message)).resolves.toEqual({ transport: "resend", providerId: "provider-1" });
    const [payload, options] = send.mock.calls[0];
    expect(options).toEqual({ idempotencyKey: `email-${message.id}`, signal: expect.any(AbortSignal) });
    expect(payload).toMatchObject({ from: "Kring <mail@kring.test>", to: message.to, subject: "Hello", html: message.html, text: message.text });
    // Resend would read a string as base64: text attachments go as bytes.
    expect(Buffer.isBuffer(payload.attachments[0].content)).toBe(true);
    expect(payload.attachments[0].content.toString("utf8")).toBe(message.attachments[0].content);
  });

  it("throws when Resend answers with an error, so that the job is retried", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test");
    send.mockResolvedValue({ data: null, error: { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 }, headers: null });
    await expect(deliver(message)).rejects.toThrow(/rate_limit_exceeded, 429/);
  });
});
