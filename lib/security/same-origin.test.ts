import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/sign-in/confirm/continue", { method: "POST", headers });

describe("isCrossSiteRequest", () => {
  it("lets the app's own forms through", () => {
    expect(isCrossSiteRequest(post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
    // A no-referrer page posts Origin: null; the browser still says the request is same-origin.
    expect(isCrossSiteRequest(post({ origin: "null", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(post({ origin: "http://localhost:3000" }))).toBe(false);
  });
  it("refuses a form posted from another site", () => {
    expect(isCrossSiteRequest(post({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(post({ "sec-fetch-site": "same-site" }))).toBe(true);
  });
});
