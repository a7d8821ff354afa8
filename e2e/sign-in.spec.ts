import { e2eSql } from "./support/db";
import { expect, outboxLink, signInByEmail, test, withSignInLock } from "./support/fixtures";

test.describe("signing in by email", () => {
  test("a member signs in through the link in the outbox, and the link works only once", async ({ page, context }) => {
    // profile.spec.ts signs the same member in by a link: one at a time.
    const link = await withSignInLock("member@demo.kring.test", async () => {
      const asked = new Date(Date.now() - 1000);
      await page.goto("/sign-in");
      await page.locator("#email").fill("Member@Demo.Kring.Test ");
      await page.locator("main form button[type=submit]").first().click();
      await expect(page).toHaveURL(/check-email/);
      const link = await outboxLink(page, "member@demo.kring.test", "/sign-in/confirm", asked);
      // Opening the link (as a mail scanner would) does not sign in: only the button does.
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Other tests sign this member in beside this one (their own session rows), so the check is on this
      // browser's own session: none after opening the link, one of this member's after the button.
      const sessionToken = async () => (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"))?.value ?? null;
      expect(await sessionToken()).toBeNull();
      await page.locator("main form button[type=submit]").click();
      await expect(page).toHaveURL(/\/dashboard/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Sanne Jansen");
      const token = await sessionToken();
      expect(token).not.toBeNull();
      const owner = await e2eSql()`select u.email from sessions s join users u on u.id = s.user_id where s.session_token = ${token!}`;
      expect(owner.map((row) => row.email)).toEqual(["member@demo.kring.test"]);
      return link;
    });

    // The same link again, in a fresh browser: refused.
    await context.clearCookies();
    await page.goto(link);
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(/\/sign-in\/error/);
  });

  test("an unknown address gets the same answer as a known one, and no email", async ({ page }) => {
    const answerFor = async (email: string) => {
      await page.goto("/sign-in");
      await page.locator("#email").fill(email);
      await page.locator("main form button[type=submit]").first().click();
      await expect(page).toHaveURL(/check-email/);
      return { url: page.url(), text: await page.locator("main").innerText() };
    };
    const known = await answerFor("facilitator1@demo.kring.test");
    const unknown = await answerFor("nobody-here@example.org");
    expect(unknown).toEqual(known);
    // The worker has had time to deliver the known address's link; the unknown one got nothing.
    await expect.poll(async () => (await e2eSql()`select count(*)::int as n from email_messages where to_address = 'facilitator1@demo.kring.test'`)[0].n).toBeGreaterThan(0);
    const unknownMail = await e2eSql()`select count(*)::int as n from email_messages where to_address = 'nobody-here@example.org'`;
    expect(unknownMail[0].n).toBe(0);
  });

  test("a malformed address is refused with a message on the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.locator("#email").fill("victim@example.org,attacker@evil.example");
    await page.locator("main form button[type=submit]").first().click();
    await expect(page.locator("#email-error")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("too many requests for one address are refused", async ({ page }) => {
    const email = "facilitator2@demo.kring.test";
    for (let i = 0; i < 5; i++) {
      await page.goto("/sign-in");
      await page.locator("#email").fill(email);
      await page.locator("main form button[type=submit]").first().click();
      await expect(page).toHaveURL(/check-email/);
    }
    await page.goto("/sign-in");
    await page.locator("#email").fill(email);
    await page.locator("main form button[type=submit]").first().click();
    await expect(page.locator("#email-error")).toBeVisible();
  });

  test("signing out ends the session", async ({ page }) => {
    await signInByEmail(page, "facilitator1@demo.kring.test");
    await page.locator("header form button[type=submit]").last().click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
