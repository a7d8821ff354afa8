import { randomBytes } from "node:crypto";
import { e2eSql } from "./support/db";
import { createDemoPerson, expect, expectAccessible, signInAs, test } from "./support/fixtures";

test.use({ locale: "en-GB" });

test("an admin creates and opens a mentoring programme; a member signs up as mentee and sees it", async ({ browser }) => {
  const name = `E2E mentoring ${randomBytes(3).toString("hex")}`;
  const adminPage = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(adminPage, await createDemoPerson({ role: "admin", locale: "en" }));
  await adminPage.goto("/admin/programmes");
  await adminPage.getByRole("link", { name: "New mentoring programme" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/programmes\/new/);
  const dutch = adminPage.getByRole("group", { name: "Dutch" });
  await dutch.getByLabel("Name").fill(`${name} (nl)`);
  await dutch.getByLabel("Description").fill("Leidinggevenden helpen elkaar.");
  const english = adminPage.getByRole("group", { name: "English" });
  await english.getByLabel("Name").fill(name);
  await english.getByLabel("Description").fill("Managers help each other.");
  const today = new Date().toISOString().slice(0, 10);
  await adminPage.getByLabel("First day of sign-up").fill(today);
  await adminPage.getByLabel("Last day of sign-up").fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await adminPage.getByLabel("Mentees per mentor").selectOption("2");
  await adminPage.getByRole("button", { name: "Create as draft" }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(adminPage.getByText("Draft", { exact: true })).toBeVisible();
  await expectAccessible(adminPage);
  await adminPage.getByRole("button", { name: "Open sign-up" }).click();
  await expect(adminPage.getByText("Sign-up is open.")).toBeVisible();
  await expect(adminPage.getByRole("link", { name: "Go to matching" })).toHaveAttribute("href", /\/matching$/);

  const memberPage = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(memberPage, await createDemoPerson({ role: "member", locale: "en" }));
  await memberPage.goto("/programmes");
  await memberPage.getByRole("heading", { name }).getByRole("link").click();
  await expect(memberPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await memberPage.getByRole("radio", { name: /As a mentee/ }).check();
  await memberPage.getByLabel("What do you want to work on?").fill("Give feedback that lands.");
  await memberPage.getByRole("group", { name: "Topics you want help with" }).getByRole("checkbox").first().check();
  await memberPage.getByRole("button", { name: "Sign up as mentee" }).click();
  await expect(memberPage.getByRole("heading", { name: "You are signed up as mentee" })).toBeVisible();
  await expect(memberPage.getByRole("definition").filter({ hasText: "Give feedback that lands." })).toBeVisible();
  await expectAccessible(memberPage);

  const [row] = await e2eSql()<{ role: string; status: string; goals: string }[]>`
    select e.role, e.status, e.answers->>'goals' as goals from enrolments e join programmes p on p.id = e.programme_id
    where p.name->>'en' = ${name}`;
  expect(row).toEqual({ role: "mentee", status: "active", goals: "Give feedback that lands." });
});
