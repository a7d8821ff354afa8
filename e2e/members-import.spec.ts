import { readFile } from "node:fs/promises";
import { e2eSql } from "./support/db";
import { DEMO, createDemoPerson, expect, outboxLink, signInAs, test } from "./support/fixtures";

test.use({ locale: "en-GB" });

function csv(rows: string[][]): Buffer {
  return Buffer.from(["name;email;department;manager_email;language", ...rows.map((r) => r.join(";"))].join("\n"), "utf8");
}

test("an admin imports 50 people from a CSV: one bad row blocks everything, the fixed file imports, an invitee signs in", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const people = Array.from({ length: 50 }, (_, i) => [
    `Imported Person ${i + 1}`,
    `import-${run}-${i + 1}@example.org`,
    i % 2 ? "Finance" : "IT",
    i === 0 ? "" : `import-${run}-1@example.org`,
    i % 3 ? "nl" : "en",
  ]);
  const bad = people.map((r) => [...r]);
  bad[17][1] = "not-an-address";

  await signInAs(page, await createDemoPerson({ role: "admin", locale: "en" }));
  await page.goto("/admin/members/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: csv(bad) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("1 row with an error")).toBeVisible();
  await expect(page.getByText("Not a valid email address.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Import \d+ people/ })).toBeDisabled();
  const written = await e2eSql()`select count(*)::int as n from memberships where email like ${`import-${run}-%`}`;
  expect(written[0].n).toBe(0);

  await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: csv(people) });
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("button", { name: "Import 50 people" }).click();
  await expect(page.getByText("Done: 50 people invited.")).toBeVisible({ timeout: 60_000 });

  const rows = await e2eSql()`
    select m.email, m.status, m.department, mgr.email as manager from memberships m
    left join memberships mgr on mgr.id = m.manager_membership_id
    where m.email like ${`import-${run}-%`} order by m.email`;
  expect(rows).toHaveLength(50);
  expect(rows.every((r) => r.status === "invited")).toBe(true);
  expect(rows.filter((r) => r.manager === `import-${run}-1@example.org`)).toHaveLength(49);

  // The fourth person (English) accepts the invitation from the outbox and lands in the organisation.
  const invitee = `import-${run}-4@example.org`;
  const guest = await browser.newPage({ locale: "en-GB" });
  const link = await outboxLink(guest, invitee, "/invite/");
  await guest.goto(link);
  await guest.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(guest).toHaveURL(/\/dashboard/);
  await expect(guest.getByText("You are working in Gemeente Rivierstad.")).toBeVisible();
  const [member] = await e2eSql()`select status, user_id from memberships where email = ${invitee}`;
  expect(member.status).toBe("active");
  expect(member.user_id).not.toBeNull();
  await guest.close();

  // The admin makes the new member a facilitator from the list, in the role dialog.
  await page.goto(`/admin/members?q=${encodeURIComponent(invitee)}`);
  await page.getByRole("button", { name: "Change Role of Imported Person 4" }).click();
  const dialog = page.getByRole("dialog", { name: "Role of Imported Person 4" });
  await dialog.getByLabel("New role").selectOption({ label: "Facilitator" });
  await dialog.getByRole("button", { name: "Save role" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Role of Imported Person 4 changed." })).toBeVisible();
  await expect(page.getByRole("row", { name: /Imported Person 4/ })).toContainText("Facilitator");
  const [promoted] = await e2eSql()`select role from memberships where email = ${invitee}`;
  expect(promoted.role).toBe("facilitator");
});

test("an admin imports the valid rows of a file and downloads the rejected ones with their reasons", async ({ page }) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const people = Array.from({ length: 10 }, (_, i) => [`Partial Person ${i + 1}`, `partial-${run}-${i + 1}@example.org`, "IT", "", "en"]);
  people[3][1] = "not-an-address";
  people[6][0] = "";

  await signInAs(page, await createDemoPerson({ role: "admin", locale: "en" }));
  await page.goto("/admin/members/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "partial.csv", mimeType: "text/csv", buffer: csv(people) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("2 rows have errors. What should the import do?")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import 8 people" })).toBeDisabled();

  // The rows with errors come back as a CSV with the row and the reason, in the admin's language.
  const [fromPreview] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the 2 rows with errors (CSV)" }).click()]);
  expect(fromPreview.suggestedFilename()).toBe("partial-rejected.csv");
  const previewCsv = (await readFile(await fromPreview.path())).toString("utf8");
  expect(previewCsv).toContain("name,email,department,manager_email,language,row in original file,reason");
  expect(previewCsv).toContain(`Partial Person 4,not-an-address,IT,,en,5,Not a valid email address.`);
  expect(previewCsv).toContain(`,partial-${run}-7@example.org,IT,,en,8,Name is missing.`);

  await page.getByLabel("Import the valid rows, leave out the others").check();
  await page.getByRole("button", { name: "Import 8 people" }).click();
  await expect(page.getByText("Done: 8 people invited.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("2 rows with errors were left out.", { exact: false })).toBeVisible();
  const written = await e2eSql()`select count(*)::int as n from memberships where email like ${`partial-${run}-%`}`;
  expect(written[0].n).toBe(8);

  // The progress page keeps the rejected rows: the same file, served from the import.
  const href = await page.getByRole("link", { name: "Download the 2 rows that were left out (CSV)" }).getAttribute("href");
  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain("partial-rejected.csv");
  expect(await response.text()).toContain("Not a valid email address.");
});

test("a person in two organisations switches between them", async ({ page }) => {
  // The demo admin is also a member of a second organisation; only this test changes their language.
  await e2eSql()`update users set locale = 'en' where email = ${DEMO.admin}`;
  await signInAs(page, DEMO.admin);
  await page.goto("/dashboard");
  await expect(page.getByText("You are working in Gemeente Rivierstad.")).toBeVisible();
  await page.getByLabel("Switch organisation").selectOption({ label: "Zorggroep Noord" });
  await page.getByRole("button", { name: "Switch", exact: true }).click();
  await expect(page.getByText("You are working in Zorggroep Noord.")).toBeVisible();
  // In the second organisation this person is a member, not an admin.
  const response = await page.goto("/admin/members");
  expect(response?.status()).toBe(403);
  await page.goto("/dashboard");
  await page.getByLabel("Switch organisation").selectOption({ label: "Gemeente Rivierstad" });
  await page.getByRole("button", { name: "Switch", exact: true }).click();
  await expect(page.getByText("You are working in Gemeente Rivierstad.")).toBeVisible();
});
