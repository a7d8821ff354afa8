import { e2eSql } from "./support/db";
import { createDemoPerson, expect, signInAs, test } from "./support/fixtures";

test("a person switches between Dutch and English, and the choice stays with their account", async ({ page, browser }) => {
  const email = await createDemoPerson({ role: "member", locale: "nl" });
  await signInAs(page, email);
  await page.goto("/dashboard");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("link", { name: "Programma's" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Programmes" })).toBeVisible();
  const [user] = await e2eSql()`select locale from users where email = ${email}`;
  expect(user.locale).toBe("en");

  // Another browser, without the cookie: the account's choice still wins over the browser's Dutch.
  const other = await browser.newPage({ locale: "nl-NL" });
  await signInAs(other, email);
  await other.goto("/dashboard");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await other.close();
});

test("a visitor gets the browser's language, and the organisation's default after signing in", async ({ browser }) => {
  const page = await browser.newPage({ locale: "en-GB" });
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const email = await createDemoPerson({ role: "member", locale: null });
  await signInAs(page, email);
  await page.goto("/dashboard");
  // The demo organisation's default language is Dutch.
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.close();
});
