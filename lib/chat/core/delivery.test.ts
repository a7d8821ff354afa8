import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_SECONDS, outcomeOf, parseRetryAfter } from "./delivery";

const now = new Date("2027-03-01T09:00:00.000Z");

describe("outcomeOf", () => {
  it("counts Slack's 200 and Teams Workflows' 202 as accepted", () => {
    expect(outcomeOf({ status: 200, retryAfter: null }, now)).toEqual({ kind: "accepted" });
    expect(outcomeOf({ status: 202, retryAfter: null }, now)).toEqual({ kind: "accepted" });
  });

  it("waits as long as a 429 says, in seconds or as a date, and caps it", () => {
    expect(outcomeOf({ status: 429, retryAfter: "7" }, now)).toEqual({ kind: "retryAt", at: new Date("2027-03-01T09:00:07.000Z") });
    expect(outcomeOf({ status: 503, retryAfter: "Mon, 01 Mar 2027 09:02:00 GMT" }, now)).toEqual({ kind: "retryAt", at: new Date("2027-03-01T09:02:00.000Z") });
    expect(outcomeOf({ status: 429, retryAfter: "86400" }, now)).toEqual({ kind: "retryAt", at: new Date(now.getTime() + MAX_RETRY_AFTER_SECONDS * 1000) });
    expect(outcomeOf({ status: 429, retryAfter: null }, now)).toEqual({ kind: "retry" });
  });

  it("retries no answer and server errors, and gives up on refusals that waiting cannot fix", () => {
    for (const status of [0, 408, 500, 502, 504]) expect(outcomeOf({ status, retryAfter: null }, now)).toEqual({ kind: "retry" });
    for (const status of [301, 400, 403, 404, 410]) expect(outcomeOf({ status, retryAfter: null }, now)).toEqual({ kind: "permanent" });
  });
});

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates, and nothing else", () => {
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter(" 30 ", now)).toBe(30);
    expect(parseRetryAfter("Mon, 01 Mar 2027 08:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("-5", now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("1.5", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
