import { e2eSql } from "./support/db";
import { createDemoPerson, expect, signInAs, signInByEmail, test } from "./support/fixtures";

test.use({ locale: "en-GB" });

test("a member signs in by email and completes their profile", async ({ page }) => {
  const email = "member@demo.kring.test";
  await e2eSql()`update users set locale = 'en' where email = ${email}`;
  await e2eSql()`
    update memberships set department = null, manager_membership_id = null, seniority = null, languages = '{}',
      time_zone = null, topics = '{}', availability = '{}', bio = null
    where email = ${email}`;
  await signInByEmail(page, email);
  await expect(page.getByRole("link", { name: "Complete your profile" })).toBeVisible();
  await page.getByRole("link", { name: "Complete your profile" }).click();
  await expect(page).toHaveURL(/\/profile/);

  await page.getByLabel("Department").fill("Finance");
  const search = page.getByRole("combobox", { name: "Your manager" });
  await search.fill("he");
  const [manager] = await e2eSql()`
    select m.name from memberships m join memberships me on me.email = ${email} and me.organization_id = m.organization_id
    where m.job_title = 'Manager' and m.department = 'Finance' order by m.name limit 1`;
  await search.fill(manager.name.slice(0, 5));
  await page.getByRole("option", { name: new RegExp(manager.name) }).first().click();
  await page.getByLabel("Seniority level").selectOption("3");
  await page.getByRole("checkbox", { name: "Dutch" }).check();
  await page.getByLabel("Time zone").selectOption("Europe/Amsterdam");
  await page.getByRole("checkbox", { name: "Giving feedback" }).check();
  await page.getByRole("checkbox", { name: "Leading hybrid teams" }).check();
  await page.getByRole("button", { name: "Mornings" }).click();
  await page.getByLabel("A few words about you").fill("Team lead in Finance, new to leading a hybrid team.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile has been saved.")).toBeVisible();
  await expect(page.getByText("Your profile is complete. Thank you!")).toBeVisible();

  const [saved] = await e2eSql()`
    select m.department, m.seniority, m.languages, m.time_zone, m.topics, cardinality(m.availability) as hours, mgr.name as manager
    from memberships m left join memberships mgr on mgr.id = m.manager_membership_id where m.email = ${email}`;
  expect(saved).toMatchObject({ department: "Finance", seniority: 3, languages: ["nl"], time_zone: "Europe/Amsterdam", manager: manager.name });
  expect(saved.topics.sort()).toEqual(["giving-feedback", "hybrid-teams"]);
  expect(saved.hours).toBeGreaterThanOrEqual(3);

  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "Complete your profile" })).toHaveCount(0);
});

test("an invalid profile shows field errors and changes nothing", async ({ page }) => {
  const email = await createDemoPerson({ role: "member", locale: "en" });
  const [before] = await e2eSql()`select name, languages from memberships where email = ${email}`;
  await signInAs(page, email);
  await page.goto("/profile");
  await page.getByLabel("Name").fill("");
  for (const box of await page.getByRole("checkbox", { name: /^(Dutch|English)$/ }).all()) await box.uncheck();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Some fields need your attention. Nothing has been saved yet.")).toBeVisible();
  const [after] = await e2eSql()`select name, languages from memberships where email = ${email}`;
  expect(after).toEqual(before);
});
