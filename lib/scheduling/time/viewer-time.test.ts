import { describe, expect, it } from "vitest";
import { formatViewerRange, formatViewerTime, namedZone } from "./viewer-time";

const start = new Date("2026-03-16T18:00:00Z");
const end = new Date("2026-03-16T19:30:00Z");

describe("the times rule: the viewer's clock, the zone named when it is not the organisation's", () => {
  it("an Amsterdam member of an Amsterdam organisation sees the time without a zone", () => {
    const clock = { locale: "nl", timeZone: "Europe/Amsterdam", organizationTimeZone: "Europe/Amsterdam" };
    expect(namedZone(clock)).toBeNull();
    expect(formatViewerRange(start, end, clock)).toMatch(/^maandag 16 maart 2026.{0,6}19:00\s*[–-]\s*20:30$/);
  });

  it("a New York member of the same organisation sees the same session on their own clock, zone named", () => {
    const clock = { locale: "en", timeZone: "America/New_York", organizationTimeZone: "Europe/Amsterdam" };
    expect(formatViewerRange(start, end, clock)).toMatch(/Monday, March 16, 2026.{0,6}14:00\s*[–-]\s*15:30 \(America\/New_York\)$/);
    expect(formatViewerTime(start, clock, "time")).toBe("14:00 (America/New_York)");
    expect(formatViewerTime(start, { ...clock, organizationTimeZone: "America/New_York" }, "time")).toBe("14:00");
  });
});
