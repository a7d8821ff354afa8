import { randomBytes } from "node:crypto";
import { e2eSql } from "./support/db";
import { createDemoPerson, createDemoPersonWithName, expect, expectAccessible, signInAs, test } from "./support/fixtures";

test.use({ locale: "en-GB" });

test("an admin creates and opens a co-development programme and edits a step; a member signs up as participant", async ({ browser }) => {
  test.setTimeout(120_000);
  const name = `E2E co-development ${randomBytes(3).toString("hex")}`;
  const adminPage = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(adminPage, await createDemoPerson({ role: "admin", locale: "en" }));
  await adminPage.goto("/admin/programmes");
  await adminPage.getByRole("link", { name: "New co-development programme" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/programmes\/new\/codevelopment$/);
  const dutch = adminPage.getByRole("group", { name: "Dutch", exact: true });
  await dutch.getByLabel("Name").fill(`${name} (nl)`);
  await dutch.getByLabel("Description").fill("Leidinggevenden helpen elkaar in kleine groepen.");
  const english = adminPage.getByRole("group", { name: "English", exact: true });
  await english.getByLabel("Name").fill(name);
  await english.getByLabel("Description").fill("Managers help each other in small groups.");
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await adminPage.getByLabel("First day of sign-up").fill(day(0));
  await adminPage.getByLabel("Last day of sign-up").fill(day(14));
  await adminPage.getByLabel("Weeks between sessions").fill("4");
  await adminPage.getByRole("radio", { name: /A facilitator per group/ }).check();
  await expect(adminPage.getByLabel("Method", { exact: true })).toHaveValue("codevelopment");
  await expectAccessible(adminPage);
  await adminPage.getByRole("button", { name: "Create as draft" }).click();

  await expect(adminPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(adminPage.getByText("Draft", { exact: true })).toBeVisible();
  const presentation = adminPage.getByRole("group", { name: "Step 2: Presentation" });
  await presentation.getByLabel("Minutes").fill("12");
  await expect(adminPage.getByText("The steps take 92 minutes of a 120-minute session.")).toBeVisible();
  await adminPage.getByRole("button", { name: "Save the steps" }).click();
  await expect(adminPage.getByText("The steps are saved.")).toBeVisible();
  await adminPage.getByRole("button", { name: "Open sign-up" }).click();
  await expect(adminPage.getByText("Sign-up is open.")).toBeVisible();
  await expectAccessible(adminPage);

  const [programme] = await e2eSql()<{ status: string; minutes: number; cadence: number }[]>`
    select status, (settings -> 'method' -> 'steps' -> 1 ->> 'minutes')::int as minutes, (settings ->> 'cadenceWeeks')::int as cadence
    from programmes where name ->> 'en' = ${name}`;
  expect(programme).toEqual({ status: "open", minutes: 12, cadence: 4 });

  // A member with languages, a time zone and a few hours of availability in the profile.
  const person = await createDemoPersonWithName({ role: "member", locale: "en" });
  await e2eSql()`update memberships set availability = '{mon-09,mon-10,mon-11,thu-14}' where email = ${person.email}`;
  const memberPage = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(memberPage, person.email);
  await memberPage.goto("/programmes");
  await memberPage.getByRole("heading", { name }).getByRole("link").click();
  await expect(memberPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(memberPage.getByText("Every 4 weeks, 120 minutes")).toBeVisible();
  await expect(memberPage.getByText("Mon 09:00–12:00")).toBeVisible();
  await memberPage.getByRole("radio", { name: /As a participant/ }).check();
  await memberPage.getByRole("checkbox", { name: "These are the languages I can have a session in" }).check();
  await memberPage.getByRole("checkbox", { name: "This availability is up to date" }).check();
  const languages = memberPage.getByRole("group", { name: "In which of this programme's languages can you take part?" });
  await expect(languages.getByRole("checkbox", { name: "English" })).toBeChecked();
  await languages.getByRole("checkbox", { name: "Dutch" }).uncheck();

  // Without the charter, nothing is saved and the checkbox says why.
  await memberPage.getByRole("button", { name: "Sign up", exact: true }).click();
  const charter = memberPage.getByRole("checkbox", { name: "I agree to the group charter" });
  await expect(memberPage.getByText("To take part, agree to the group charter.")).toBeVisible();
  await expect(charter).toHaveAttribute("aria-invalid", "true");
  await charter.check();
  await memberPage.getByRole("button", { name: "Sign up", exact: true }).click();
  await expect(memberPage.getByRole("heading", { name: "You are signed up as participant" })).toBeVisible();
  await expectAccessible(memberPage);

  const [row] = await e2eSql()<{ role: string; status: string; languages: string[]; agreed: boolean }[]>`
    select e.role, e.status, array(select jsonb_array_elements_text(e.answers -> 'languages')) as languages,
      (e.answers -> 'charter' ->> 'agreedAt') is not null as agreed
    from enrolments e join programmes p on p.id = e.programme_id join memberships m on m.id = e.membership_id
    where p.name ->> 'en' = ${name} and m.email = ${person.email}`;
  expect(row).toEqual({ role: "participant", status: "active", languages: ["en"], agreed: true });
});
