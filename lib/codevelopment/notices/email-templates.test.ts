import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/registry/email-templates";
import { codevEmailFixtures } from "./email-templates";

// The times rule (README, "Times") in the co-development notices: the reader's clock, and the zone named
// only when it is not the organisation's.
describe("co-development notices and time zones", () => {
  const prep = codevEmailFixtures["codev-case-prep"];

  it("does not name the zone for a reader on the organisation's clock", async () => {
    const email = await renderEmail("codev-case-prep", "en", { ...prep, timeZone: "Europe/Amsterdam", organizationTimeZone: "Europe/Amsterdam" });
    expect(email.text).toContain("19:00");
    expect(email.text).not.toContain("Times are on your clock");
  });

  it("shows a reader elsewhere the time on their own clock, and names their zone", async () => {
    const email = await renderEmail("codev-case-prep", "nl", { ...prep, timeZone: "America/New_York", organizationTimeZone: "Europe/Amsterdam" });
    expect(email.text).toContain("14:00");
    expect(email.text).toContain("America/New_York");
  });
});
