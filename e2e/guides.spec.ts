import { randomBytes } from "node:crypto";
import { e2eSql } from "./support/db";
import { createDemoPerson, expect, signInAs, test } from "./support/fixtures";

// Issue 12, the guide library: an admin finds the guides from the programmes page, copies a built-in guide,
// is refused at the field when the preparation email has one language only, saves it, edits it and deletes
// it after confirming. Screenshots of the library and the form, in both languages and at a phone's width,
// go to test-results/guides/ for a person to look at.

test.describe.configure({ timeout: 90_000 });

const shot = (name: string) => `test-results/guides/${name}.png`;

test.describe("the conversation guide library", () => {
  test.use({ locale: "en-GB" });

  test("an admin copies a built-in guide, is refused a half-filled preparation email, saves, edits and deletes it", async ({ page }) => {
    const name = `e2e-guide-${randomBytes(4).toString("hex")}`;
    await signInAs(page, await createDemoPerson({ role: "admin", locale: "en" }));
    await page.goto("/admin/programmes");
    await page.getByRole("link", { name: "Conversation guides" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Conversation guides" })).toBeVisible();
    for (const title of ["The first mentoring meeting", "Regular check-in", "1-on-1", "Career conversation", "Stay conversation"]) {
      await expect(page.getByRole("heading", { level: 3, name: title, exact: true })).toBeVisible();
    }

    await page.getByRole("link", { name: "Copy and adapt Career conversation" }).click();
    const form = page.locator("main form");
    await expect(form.locator("#name-en")).toHaveValue("Career conversation");
    await page.waitForLoadState("networkidle");
    await expect(form.locator("#steps-0-prompts-nl")).toHaveValue(/Van welk werk krijg je de meeste voldoening/);
    await form.locator("#name-en").fill(name);
    await form.locator("#preparation-en").fill("");
    await form.getByRole("button", { name: "Add to the library" }).click();
    const summary = form.getByRole("alert");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Fill in the preparation email in both languages, or leave both empty.");
    await expect(form.locator("#preparation-en")).toHaveAttribute("aria-invalid", "true");
    expect(await e2eSql()`select 1 from conversation_guides where guide::text like ${`%${name}%`}`).toHaveLength(0);

    await form.locator("#preparation-nl").fill("");
    await form.getByRole("button", { name: "Add to the library" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The guide was added to your library." })).toBeVisible();
    const card = page.getByRole("article", { name });
    await expect(card).toBeVisible();
    await card.getByText(/Show the 6 steps/).click();
    await expect(card).toContainText("This guide has no preparation email.");

    await card.getByRole("link", { name: `Edit ${name}` }).click();
    await page.locator("#steps-0-minutes").fill("12");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The guide is saved." })).toBeVisible();
    const [row] = await e2eSql()<{ guide: { steps: { minutes: number }[] } }[]>`select guide from conversation_guides where guide::text like ${`%${name}%`}`;
    expect(row.guide.steps[0].minutes).toBe(12);

    await page.getByRole("article", { name }).getByRole("button", { name: `Delete ${name}` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(`Delete “${name}”?`);
    await dialog.getByRole("button", { name: "Delete guide" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The guide was deleted." })).toBeVisible();
    expect(await e2eSql()`select 1 from conversation_guides where guide::text like ${`%${name}%`}`).toHaveLength(0);
  });
});

for (const locale of ["nl", "en"] as const) {
  test(`screenshots of the library and the form in ${locale}, wide and at 390 px`, async ({ browser }) => {
    const context = await browser.newContext({ locale: locale === "nl" ? "nl-NL" : "en-GB" });
    const page = await context.newPage();
    await signInAs(page, await createDemoPerson({ role: "admin", locale }));
    for (const [width, label] of [[1280, "wide"], [390, "phone"]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/admin/guides");
      await page.locator("details").first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await page.screenshot({ path: shot(`library-${locale}-${label}`), fullPage: true });
      await page.goto("/admin/guides/new?from=oneOnOne");
      // Typed before the form's script has run, the change could be lost to hydration.
      await page.waitForLoadState("networkidle");
      await page.locator("#preparation-en").fill("");
      await page.locator("main form button[type=submit]").click();
      await expect(page.locator("main form [role=alert]")).toBeVisible();
      await page.screenshot({ path: shot(`form-${locale}-${label}`), fullPage: true });
      // Nothing may scroll sideways at a phone's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await context.close();
  });
}
