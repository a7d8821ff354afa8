import { describe, expect, it } from "vitest";
import { isOutboxEnabled } from "./outbox-enabled";

describe("the local outbox", () => {
  it("is served in development and tests", () => {
    expect(isOutboxEnabled({ NODE_ENV: "development" })).toBe(true);
    expect(isOutboxEnabled({ NODE_ENV: "test" })).toBe(true);
  });
  it("is not served by a production build", () => {
    expect(isOutboxEnabled({ NODE_ENV: "production" })).toBe(false);
  });
  it("is served by a production build only when a test installation opts in", () => {
    expect(isOutboxEnabled({ NODE_ENV: "production", KRING_DEV_OUTBOX: "1" })).toBe(true);
  });
  it("is never served when email really goes out", () => {
    expect(isOutboxEnabled({ NODE_ENV: "development", RESEND_API_KEY: "re_x" })).toBe(false);
    expect(isOutboxEnabled({ NODE_ENV: "production", KRING_DEV_OUTBOX: "1", RESEND_API_KEY: "re_x" })).toBe(false);
  });
});
