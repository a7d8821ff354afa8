import { e2eSql } from "./support/db";
import { createDemoPersonWithName, DEMO, expect, signInAs, test } from "./support/fixtures";

test.use({ locale: "en-GB" });

test("a facilitator plans a series at a time the group can make; invitations go out, and a cancellation reaches everyone", async ({ page }) => {
  test.setTimeout(90_000);
  const { email: facilitator, name: facilitatorName } = await createDemoPersonWithName({ role: "facilitator", locale: "en" });
  const others = await e2eSql()<{ name: string }[]>`
    select m.name from memberships m join organizations o on o.id = m.organization_id and o.slug = 'demo'
    where m.status = 'active' and m.role = 'member' and cardinality(m.availability) >= 4 and m.email <> ${DEMO.member}
    order by m.name limit 2`;
  await signInAs(page, facilitator);
  await page.goto("/sessions/new");

  const search = page.getByRole("combobox", { name: "Search members" });
  for (const name of ["Sanne Jansen", ...others.map((o) => o.name), facilitatorName]) {
    await search.fill(name);
    await page.getByRole("option", { name: new RegExp(name) }).first().click();
  }
  await expect(page.getByText("4 of 8 chosen")).toBeVisible();
  await page.getByRole("button", { name: "Show the best times" }).click();
  const slots = page.getByRole("radio");
  await expect(slots.first()).toBeVisible();
  await slots.first().check();

  await page.getByLabel("Title").fill("E2E intervision");
  await page.getByLabel("Number of sessions").fill("3");
  await page.getByRole("button", { name: "Plan and send the invitations" }).click();
  await expect(page.getByText("3 sessions planned. The invitations are on their way.")).toBeVisible();

  // Each participant gets one invitation, delivered by the worker, in their own language.
  await expect
    .poll(async () => (await e2eSql()`select status from email_messages where template = 'session-invitation' and to_address = ${DEMO.member}`).map((r) => r.status))
    .toEqual(["delivered"]);
  const [series] = await e2eSql()`select id from meeting_series where title = 'E2E intervision'`;
  const sessions = await e2eSql()`select id, ics_uid, ics_sequence, status from meeting_sessions where series_id = ${series.id} order by starts_at`;
  expect(sessions).toHaveLength(3);

  // The facilitator cancels the first session from their sessions page.
  await page.goto("/sessions");
  await expect(page.getByText("E2E intervision").first()).toBeVisible();
  await page.getByText("Change this session").first().click();
  await page.getByRole("button", { name: "Cancel this session" }).first().click();
  await page.getByRole("button", { name: "Yes, cancel it and tell everyone" }).click();
  // The page shows the session as cancelled (the change form is gone with it).
  await expect(page.getByText("Cancelled", { exact: true }).first()).toBeVisible();
  const [first] = await e2eSql()`select status, ics_sequence from meeting_sessions where id = ${sessions[0].id}`;
  expect(first.status).toBe("cancelled");
  expect(first.ics_sequence).toBeGreaterThan(sessions[0].ics_sequence);
  await expect
    .poll(async () => (await e2eSql()`select count(*)::int as n from email_messages where template = 'session-cancelled' and to_address = ${DEMO.member} and status = 'delivered'`)[0].n)
    .toBe(1);

  // The participant sees the series on their own page, the cancelled session marked as such.
  await signInAs(page, DEMO.member);
  await page.goto("/sessions");
  await expect(page.getByText("E2E intervision").first()).toBeVisible();
});
