import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { createDemoPersonWithName, expect, expectAccessible, signInAs, test } from "./support/fixtures";

// Issue 17's first dead end: a co-development programme with a facilitator per group, six participants
// signed up and nobody as facilitator. The programme's page warns before formation; "Form groups" forms
// no group and lists each of the six with the reason; the admin makes one of them the facilitator, forms
// the groups again and sees a group of the other five. Sign-up is still open, and the page says so, with
// close sign-up one click away. Looked at in English and Dutch, wide and at 390 px.

test.use({ locale: "en-GB" });
test.describe.configure({ timeout: 90_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/formation-reasons-${name}.png`, fullPage: true });

test("no facilitator volunteered: each person is listed with the reason, one is appointed, and a new run forms a group", async ({ browser }) => {
  const sql = e2eSql();
  const title = `E2E facilitators ${randomBytes(3).toString("hex")}`;
  const admin = await createDemoPersonWithName({ role: "admin", locale: "en" });
  const six: Array<{ email: string; name: string; id: string }> = [];
  for (let i = 0; i < 6; i++) {
    const person = await createDemoPersonWithName({ role: "member", locale: i % 2 === 0 ? "en" : "nl" });
    const [{ id }] = await sql<{ id: string }[]>`
      update memberships set availability = '{mon-09,mon-10}', department = ${["Finance", "HR", "IT"][i % 3]}, languages = '{nl,en}', manager_membership_id = null
      where email = ${person.email} returning id`;
    six.push({ ...person, id });
  }
  const [org] = await sql<{ id: string }[]>`select id from organizations where slug = 'demo'`;
  const settings = { groupSizeMin: 5, groupSizeMax: 6, cadenceWeeks: 3, sessionMinutes: 120, facilitatorMode: "perGroup", languages: ["nl", "en"], casePrepDays: 7 };
  const [programme] = await sql<{ id: string }[]>`
    insert into programmes (organization_id, kind, status, name, description, settings, signup_opens_at, signup_closes_at)
    values (${org.id}, 'codevelopment', 'open', ${sql.json({ nl: `${title} (nl)`, en: title })}, ${sql.json({ nl: "", en: "" })}, ${sql.json(settings)}, now() - interval '1 day', now() + interval '14 days')
    returning id`;
  for (const person of six) await sql`insert into enrolments (organization_id, programme_id, membership_id, role, answers) values (${org.id}, ${programme.id}, ${person.id}, 'participant', '{}')`;

  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signInAs(page, admin.email);

  await test.step("the programme's page warns before formation", async () => {
    await page.goto(`/admin/programmes/${programme.id}`);
    const warnings = page.getByRole("region", { name: "Before you form groups" });
    await expect(warnings).toContainText("Nobody has volunteered to facilitate");
    await expect(warnings.getByRole("link", { name: "Go to the groups" })).toHaveAttribute("href", `/admin/programmes/${programme.id}/groups`);
    await shot(page, "programme-en");
  });

  await test.step("forming groups lists each of the six with the reason and what to do", async () => {
    await page.goto(`/admin/programmes/${programme.id}/groups`);
    await expect(page.getByText("Sign-up is still open until")).toBeVisible();
    await expect(page.getByRole("button", { name: "Close sign-up" })).toBeVisible();
    await page.getByRole("button", { name: "Form groups", exact: true }).click();
    await expect(page.getByRole("status").getByText("Saved.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Nobody volunteered to facilitate" })).toBeVisible();
    const left = page.getByRole("region", { name: "Participants without a group" });
    await expect(left.getByText("Would fit a group, but nobody volunteered to facilitate")).toHaveCount(6);
    for (const person of six) {
      const card = left.getByRole("listitem").filter({ has: page.getByText(person.name, { exact: true }) });
      await expect(card).toContainText("Would fit a group, but nobody volunteered to facilitate");
      await expect(card.getByRole("button", { name: `Make ${person.name} the facilitator` })).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "Allow groups without a facilitator" })).toBeVisible();
    await expect(page.getByText("No proposal yet")).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, "reasons-en");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "reasons-en-390");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test.step("in Dutch the same reasons read as Dutch", async () => {
    await sql`update users set locale = 'nl' where email = ${admin.email}`;
    await page.reload();
    await expect(page.getByRole("heading", { name: "Niemand heeft zich als begeleider aangemeld" })).toBeVisible();
    await expect(page.getByText("niemand heeft zich als begeleider aangemeld, en in dit programma").first()).toBeVisible();
    await shot(page, "reasons-nl");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "reasons-nl-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    await sql`update users set locale = 'en' where email = ${admin.email}`;
    await page.reload();
  });

  await test.step("appointing one of them and forming again gives a group of the other five", async () => {
    const [first, ...rest] = six;
    await page.getByRole("button", { name: `Make ${first.name} the facilitator` }).click();
    await expect(page.getByRole("status").getByText(`${first.name} is now a facilitator.`)).toBeVisible();
    const [{ role }] = await sql<{ role: string }[]>`select role from enrolments where programme_id = ${programme.id} and membership_id = ${first.id}`;
    expect(role).toBe("facilitator");
    await page.getByRole("button", { name: "Form groups again (replaces this proposal)" }).click();
    const group = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Group 1", exact: true }) });
    await expect(group).toBeVisible();
    for (const person of rest) await expect(group).toContainText(person.name);
    await expect(page.getByText("Every participant has a group.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Nobody volunteered to facilitate" })).toHaveCount(0);
    await expect(page.getByLabel("Facilitator of group 1").getByRole("option", { name: first.name })).toHaveCount(1);
    await expectAccessible(page);
    await shot(page, "group-en");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "group-en-390");
  });
  await context.close();
});

test("a late sign-up after publishing while sign-up is open: the page says so, and the late one is added to a group with room", async ({ browser }) => {
  const sql = e2eSql();
  const title = `E2E late ${randomBytes(3).toString("hex")}`;
  const admin = await createDemoPersonWithName({ role: "admin", locale: "en" });
  const people: Array<{ email: string; name: string; id: string }> = [];
  for (let i = 0; i < 6; i++) {
    const person = await createDemoPersonWithName({ role: "member", locale: "en" });
    const [{ id }] = await sql<{ id: string }[]>`
      update memberships set availability = '{tue-14,tue-15}', department = ${["Finance", "HR", "IT"][i % 3]}, languages = '{nl,en}', manager_membership_id = null
      where email = ${person.email} returning id`;
    people.push({ ...person, id });
  }
  const [late, ...first] = people;
  const [org] = await sql<{ id: string }[]>`select id from organizations where slug = 'demo'`;
  const settings = { groupSizeMin: 5, groupSizeMax: 6, cadenceWeeks: 3, sessionMinutes: 120, facilitatorMode: "rotating", languages: ["nl", "en"], casePrepDays: 7 };
  const [programme] = await sql<{ id: string }[]>`
    insert into programmes (organization_id, kind, status, name, description, settings, signup_opens_at, signup_closes_at)
    values (${org.id}, 'codevelopment', 'open', ${sql.json({ nl: `${title} (nl)`, en: title })}, ${sql.json({ nl: "", en: "" })}, ${sql.json(settings)}, now() - interval '1 day', now() + interval '14 days')
    returning id`;
  const enrol = (id: string) => sql`insert into enrolments (organization_id, programme_id, membership_id, role, answers) values (${org.id}, ${programme.id}, ${id}, 'participant', '{}')`;
  for (const person of first) await enrol(person.id);

  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signInAs(page, admin.email);
  await page.goto(`/admin/programmes/${programme.id}/groups`);
  await page.getByRole("button", { name: "Form groups", exact: true }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Group 1", exact: true })).toBeVisible();

  await test.step("the publish question says sign-up is still open and offers to close it", async () => {
    await page.getByRole("button", { name: "Publish groups" }).click();
    const question = page.locator("section").filter({ has: page.getByRole("button", { name: "Yes, publish" }) });
    await expect(question.getByText("Sign-up is still open until")).toBeVisible();
    await expect(question.getByRole("button", { name: "Close sign-up" })).toBeVisible();
    await page.getByRole("button", { name: "Yes, publish" }).click();
    await expect(page.getByRole("status").getByText("Published. Everyone has been told.")).toBeVisible();
  });

  await test.step("the late sign-up is listed with the group that has room, and added after confirming", async () => {
    await enrol(late.id);
    await page.reload();
    const region = page.getByRole("region", { name: "Signed up after publishing" });
    const card = region.getByRole("listitem").filter({ has: page.getByText(late.name, { exact: true }) });
    await expect(card).toContainText("Signed up after the groups were published; fits Group 1");
    await expectAccessible(page);
    await shot(page, "late-en");
    await card.getByRole("button", { name: `Add ${late.name} to a group` }).click();
    await expect(card.getByText(`Add ${late.name} to Group 1?`)).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "late-confirm-en-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    await card.getByRole("button", { name: "Yes, add and invite" }).click();
    await expect(page.getByRole("status").getByText(`${late.name} has been added and invited.`)).toBeVisible();
    const rows = await sql<{ n: number }[]>`
      select count(*)::int as n from codev_group_members m join codev_groups g on g.id = m.group_id
      where g.programme_id = ${programme.id} and g.status = 'published' and m.membership_id = ${late.id}`;
    expect(rows[0].n).toBe(1);
    const mails = await sql<{ template: string }[]>`select template from email_messages where to_address = ${late.email} and template <> 'programme-signup-open' order by template`;
    expect(mails.map((m) => m.template)).toEqual(["group-published", "session-invitation"]);
    await expect(page.getByText("Every participant has a group.")).toBeVisible();
  });

  await test.step("close sign-up is one click from the review page", async () => {
    await page.getByRole("button", { name: "Close sign-up" }).click();
    await expect(page.getByText("Sign-up is closed.")).toBeVisible();
    const [{ status }] = await sql<{ status: string }[]>`select status from programmes where id = ${programme.id}`;
    expect(status).toBe("matching");
  });
  await context.close();
});

test("pair matching: an unmatched mentee is listed with the reason and what to do", async ({ browser }) => {
  const sql = e2eSql();
  const title = `E2E unmatched ${randomBytes(3).toString("hex")}`;
  const admin = await createDemoPersonWithName({ role: "admin", locale: "en" });
  const [org] = await sql<{ id: string }[]>`select id from organizations where slug = 'demo'`;
  const [programme] = await sql<{ id: string }[]>`
    insert into programmes (organization_id, kind, status, name, description, settings, signup_opens_at, signup_closes_at)
    values (${org.id}, 'mentoring', 'open', ${sql.json({ nl: `${title} (nl)`, en: title })}, ${sql.json({ nl: "", en: "" })}, ${sql.json({ defaultCapacity: 1 })}, now() - interval '1 day', now() + interval '14 days')
    returning id`;
  const people = [];
  for (const role of ["mentor", "mentee", "mentee"] as const) {
    const person = await createDemoPersonWithName({ role: "member", locale: "en" });
    const [{ id }] = await sql<{ id: string }[]>`update memberships set manager_membership_id = null where email = ${person.email} returning id`;
    await sql`insert into enrolments (organization_id, programme_id, membership_id, role, answers, capacity) values (${org.id}, ${programme.id}, ${id}, ${role}, '{}', ${role === "mentor" ? 1 : null})`;
    people.push({ ...person, role });
  }
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signInAs(page, admin.email);
  await page.goto(`/admin/programmes/${programme.id}/matching`);
  await expect(page.getByText("Sign-up is still open until")).toBeVisible();
  await page.getByRole("button", { name: "Run matching" }).click();
  const region = page.getByRole("region", { name: "Mentees without a mentor" });
  await expect(region.getByRole("listitem").filter({ hasText: "What you can do" })).toHaveCount(1);
  await expect(region.getByRole("link", { name: /Change the programme's rules/ })).toHaveAttribute("href", `/admin/programmes/${programme.id}#edit-heading`);
  await expectAccessible(page);
  await shot(page, "matching-en");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "matching-en-390");
  await context.close();
});
