import { afterEach, describe, expect, it, vi } from "vitest";
import { locales } from "@/lib/i18n/config";
import type { TemplateName, TemplateProps } from "@/lib/email/template-types";
import { sessionEmailFixture } from "@/lib/scheduling/email-fixtures";
import { matchAcceptedFixture, matchRematchedFixture, matchReminderFixture, matchRequestFixture, noMentorLeftFixture } from "@/lib/mentoring/email-template";
import { pairEmailFixtures } from "@/lib/mentoring/pair/email-templates";
import { insightsDigestFixture } from "@/lib/insights/email-template";
import { codevGroupEmailFixtures } from "@/lib/codevelopment/groups/email-templates";
import { codevEmailFixtures } from "@/lib/codevelopment/notices/email-templates";
import { conversationEmailFixtures } from "@/lib/conversations/email-templates";
import { tracksEmailFixtures } from "@/lib/tracks/email-template";
import { chatEmailFixtures } from "@/lib/chat/email-templates";
import { renderEmail, renderStoredEmail, templateNames } from "./email-templates";

// One fixture per template: the mapped type makes a new template fail to compile until it has one here.
const fixtures: { [K in TemplateName]: TemplateProps<K> } = {
  "magic-link": { url: "http://localhost:3000/api/auth/callback/email?token=t0k3n&email=ada%40example.com" },
  invitation: {
    url: "http://localhost:3000/invitations/abc123",
    organizationName: "Zorggroep Noord",
    inviterName: "Grace Hopper",
    expiresAt: "2026-03-14T10:00:00.000Z",
  },
  "session-invitation": sessionEmailFixture,
  "session-update": sessionEmailFixture,
  "session-cancelled": { ...sessionEmailFixture, sessions: sessionEmailFixture.sessions.slice(0, 1) },
  "session-reminder": { ...sessionEmailFixture, sessions: sessionEmailFixture.sessions.slice(0, 1) },
  "match-request": matchRequestFixture,
  "match-accepted": matchAcceptedFixture,
  ...pairEmailFixtures,
  "insights-digest": insightsDigestFixture,
  ...codevGroupEmailFixtures,
  ...codevEmailFixtures,
  ...conversationEmailFixtures,
  ...tracksEmailFixtures,
  "match-reminder": matchReminderFixture,
  "match-rematched": matchRematchedFixture,
  "no-mentor-left": noMentorLeftFixture,
  ...chatEmailFixtures,
};

afterEach(() => vi.restoreAllMocks());

describe("renderEmail", () => {
  it.each(templateNames.flatMap((template) => locales.map((locale) => [template, locale] as const)))(
    "renders %s in %s without missing messages",
    async (template, locale) => {
      // next-intl reports a missing message or a bad placeholder through console.error and falls back to the key.
      const errors = vi.spyOn(console, "error").mockImplementation(() => {});
      const email = await renderEmail(template, locale, fixtures[template]);

      expect(errors).not.toHaveBeenCalled();
      expect(email.subject.trim()).not.toBe("");
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.text.trim()).not.toBe("");
      expect(email.text).toContain(fixtures[template].url);
      for (const part of [email.subject, email.html, email.text]) {
        expect(part).not.toMatch(/\bemails\.\w+/);
        expect(part).not.toMatch(/\{\w+\}/);
      }
    },
  );

  it.each(["waiting", "chooseAgain"] as const)("words the %s outcome for a mentee whose request did not work out", async (outcome) => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const [nl, en] = await Promise.all(locales.map((locale) => renderEmail("match-rematched", locale, { ...matchRematchedFixture, outcome, mentorName: null })));
    expect(errors).not.toHaveBeenCalled();
    expect(nl.subject).not.toBe(en.subject);
    expect(en.text).not.toContain("Grace Hopper");
    expect(en.text).toContain("Mentoring 2027");
  });

  it("speaks the recipient's language", async () => {
    const [nl, en] = await Promise.all(locales.map((locale) => renderEmail("invitation", locale, fixtures.invitation)));
    expect(nl.subject).not.toBe(en.subject);
    expect(nl.subject).toContain("Zorggroep Noord");
    expect(nl.text).toContain("14 maart 2026");
    expect(en.text).toContain("2026");
  });

  it("chooses the sentence without an inviter", async () => {
    const email = await renderEmail("invitation", "en", { ...fixtures.invitation, inviterName: null });
    expect(email.subject).not.toContain("null");
    expect(email.text).not.toContain("null");
  });

  it("escapes names in HTML", async () => {
    const email = await renderEmail("invitation", "en", { ...fixtures.invitation, organizationName: "<script>x</script>" });
    expect(email.html).not.toContain("<script>");
  });

  it("refuses a stored row with an unknown template or a non-web link", async () => {
    await expect(renderStoredEmail({ template: "nope", locale: "en", props: {} })).rejects.toThrow(/Unknown email template/);
    await expect(renderStoredEmail({ template: "magic-link", locale: "en", props: { url: "javascript:alert(1)" } })).rejects.toThrow();
  });
});
