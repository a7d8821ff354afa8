import { describe, expect, it } from "vitest";
import { appLink, appUrl } from "./env";

describe("the public address", () => {
  it("comes from AUTH_URL, without a path", () => {
    expect(appUrl({ AUTH_URL: "https://kring.example.nl/api/auth", NODE_ENV: "production" })).toBe("https://kring.example.nl");
    expect(appLink("/sign-in/confirm?token=a", { AUTH_URL: "https://kring.example.nl" })).toBe("https://kring.example.nl/sign-in/confirm?token=a");
  });
  it("is required in production", () => {
    expect(() => appUrl({ NODE_ENV: "production" })).toThrow(/AUTH_URL/);
  });
  it("falls back to localhost in development", () => {
    expect(appUrl({ NODE_ENV: "development", PORT: "3005" })).toBe("http://localhost:3005");
  });
});
