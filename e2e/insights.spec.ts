import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { APP_URL, createDemoPerson, expect, expectAccessible, signInAs, test } from "./support/fixtures";

// The admin's insights page on the seeded demo (db/seed.ts with db/seed-history.ts): a key figure agrees
// with what the history in the database implies, and the five-people rule (lib/insights/privacy.ts) keeps a
// department of four out of every breakdown and out of the department filter, while one of five shows.

test.use({ locale: "en-GB" });
test.describe.configure({ mode: "parallel" });

const count = (n: number) => new Intl.NumberFormat("en").format(n);

async function demo(): Promise<{ id: string; timeZone: string }> {
  const [org] = await e2eSql()<{ id: string; timeZone: string }[]>`select id, time_zone as "timeZone" from organizations where slug = 'demo'`;
  return org;
}

/** Today's calendar day in a time zone, as YYYY-MM-DD. */
const todayIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/** Chooses the filters in the page's form and shows the figures. */
async function showFigures(page: Page, filters: { programme?: string; department?: string; from?: string; to?: string }) {
  if (filters.programme) await page.getByLabel("Programme", { exact: true }).selectOption({ label: filters.programme });
  if (filters.department) await page.getByLabel("Department", { exact: true }).selectOption({ label: filters.department });
  if (filters.from) await page.getByLabel("From", { exact: true }).fill(filters.from);
  if (filters.to) await page.getByLabel("To", { exact: true }).fill(filters.to);
  await page.getByRole("button", { name: "Show figures" }).click();
}

/** The table behind one of the page's charts, opened. */
async function chartTable(page: Page, heading: string) {
  const section = page.getByRole("region", { name: heading, exact: true });
  await section.getByText("Show the figures as a table").click();
  return section.getByRole("table", { name: heading });
}

const rowOf = (page: Page, table: ReturnType<Page["getByRole"]>, header: string) =>
  table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: header, exact: true }) });

/** The value on one of the key-figure cards. */
const keyFigure = (page: Page, label: string) =>
  page
    .getByRole("region", { name: "Key figures for the period" })
    .locator("div")
    .filter({ has: page.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }) })
    .getByRole("definition")
    .first();

test("the cases presented and actions completed of a finished co-development programme agree with its seeded history", async ({ page }) => {
  const sql = e2eSql();
  const org = await demo();
  // The history's finished co-development cycle, over a period that holds all of it.
  const [programme] = await sql<{ id: string; name: string }[]>`
    select id, name ->> 'en' as name from programmes
    where organization_id = ${org.id} and kind = 'codevelopment' and status = 'closed' order by created_at limit 1`;
  expect(programme, "the seeded history has a finished co-development programme").toBeDefined();
  const to = todayIn(org.timeZone);
  const from = `${Number(to.slice(0, 4)) - 2}-${to.slice(5, 7)}-01`;

  // What the history implies: a case is presented at every session of the programme's groups that was held
  // (marked held, or someone attended) in the period, by its presenter; the actions are those the
  // presenters took on in the period, done or not.
  const start = sql`(${from}::date)::timestamp at time zone ${org.timeZone}`;
  const end = sql`(${to}::date + 1)::timestamp at time zone ${org.timeZone}`;
  const [cases] = await sql<{ count: number; people: number }[]>`
    select count(*)::int as count, count(distinct coalesce(c.presenter_membership_id, s.case_presenter_membership_id))::int as people
    from meeting_sessions s
    join meeting_series ser on ser.id = s.series_id and ser.owner_type = 'group'
    join codev_groups g on g.id = ser.owner_id and g.status <> 'proposed'
    left join codev_cases c on c.session_id = s.id
    where g.programme_id = ${programme.id} and s.starts_at >= ${start} and s.starts_at < ${end}
      and (s.status = 'held' or (s.status <> 'cancelled' and exists (
        select 1 from meeting_participants p where p.session_id = s.id and p.attendance = 'attended')))
      and coalesce(c.presenter_membership_id, s.case_presenter_membership_id) is not null`;
  const [actions] = await sql<{ done: number; total: number; people: number }[]>`
    select count(*) filter (where a.done_at is not null)::int as done, count(*)::int as total, count(distinct a.owner_membership_id)::int as people
    from codev_actions a join codev_groups g on g.id = a.group_id
    where g.programme_id = ${programme.id} and a.owner_membership_id is not null and a.created_at >= ${start} and a.created_at < ${end}`;
  // Both are about many people, so the five-people rule shows them.
  expect(cases.count).toBeGreaterThan(0);
  expect(cases.people).toBeGreaterThanOrEqual(5);
  expect(actions.total).toBeGreaterThan(0);
  expect(actions.people).toBeGreaterThanOrEqual(5);

  await signInAs(page, await createDemoPerson({ role: "admin", locale: "en" }));
  await test.step("the admin filters the page by the programme and the period", async () => {
    await page.goto("/admin/insights");
    await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
    await showFigures(page, { programme: `${programme.name} (closed)`, from, to });
    await expect(page).toHaveURL(new RegExp(`[?&]programme=${programme.id}(&|$)`));
    await expect(page.getByRole("status").filter({ hasText: /^Showing / })).toContainText(`Showing ${programme.name}, all departments, from `);
  });
  await test.step("the key figures are the history's", async () => {
    await expect(keyFigure(page, "Cases presented")).toHaveText(count(cases.count));
    await expect(keyFigure(page, "Action items completed")).toHaveText(`${count(actions.done)} of ${count(actions.total)}`);
    await expectAccessible(page);
  });
  await test.step("the CSV export of the same filters says the same", async () => {
    const href = await page.getByRole("link", { name: "Download every figure (CSV)" }).getAttribute("href");
    expect(href).toContain(`programme=${programme.id}`);
    const csv = await page.request.get(`${APP_URL}${href}`, { headers: { connection: "close" } });
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).split("\r\n");
    expect(lines).toContain(`Key figures for the period,Cases presented,${cases.count},`);
    expect(lines).toContain(`Key figures for the period,Action items completed,${actions.done},`);
    expect(lines).toContain(`Key figures for the period,Action items completed (total),${actions.total},`);
  });
});

test("a department of four is merged into other departments and hidden, and cannot be chosen; one of five shows", async ({ page }) => {
  const sql = e2eSql();
  const org = await demo();
  const tag = randomBytes(3).toString("hex");
  const small = `E2E small ${tag}`;
  const five = `E2E five ${tag}`;
  const name = `E2E insights ${tag}`;
  // A finished programme of nine people: four from a department of four, five from a department of five.
  await test.step("a programme of nine people from a department of four and one of five, through the database", async () => {
    const [programme] = await sql<{ id: string }[]>`
      insert into programmes (organization_id, kind, status, name, description, signup_opens_at, signup_closes_at, settings)
      values (${org.id}, 'codevelopment', 'closed', ${sql.json({ nl: `${name} (nl)`, en: name })},
        ${sql.json({ nl: "Een kleine groep.", en: "A small group." })}, now() - interval '40 days', now() - interval '12 days',
        ${sql.json({ minGroupSize: 5, maxGroupSize: 7, cadenceWeeks: 3, sessionMinutes: 120, method: "codevelopment" })})
      returning id`;
    const people = await sql<{ id: string }[]>`
      insert into memberships (organization_id, email, role, status, name, department)
      select ${org.id}, 'e2e-insights-' || ${tag} || '-' || n || '@demo.kring.test', 'member', 'active', 'E2E insights ' || ${tag} || ' ' || n,
        case when n <= 4 then ${small} else ${five} end
      from generate_series(1, 9) as n returning id`;
    expect(people).toHaveLength(9);
    await sql`
      insert into enrolments (organization_id, programme_id, membership_id, role)
      select ${org.id}, ${programme.id}, id, 'participant' from memberships where email like ${`e2e-insights-${tag}-%`}`;
  });

  await signInAs(page, await createDemoPerson({ role: "admin", locale: "en" }));
  await page.goto("/admin/insights");
  await test.step("the department filter offers the department of five, not the one of four", async () => {
    const departments = page.getByLabel("Department", { exact: true });
    await expect(departments.locator("option", { hasText: five })).toHaveCount(1);
    await expect(departments.locator("option", { hasText: small })).toHaveCount(0);
    await expect(page.getByText("Only departments with at least five members can be chosen.")).toBeVisible();
  });

  await test.step("the programme's ladder: the department of five shows, the four are 'other departments' with every figure hidden", async () => {
    await showFigures(page, { programme: `${name} (closed)` });
    await expect(page.getByRole("status").filter({ hasText: /^Showing / })).toContainText(`Showing ${name}, all departments, from `);
    const ladder = await chartTable(page, "Engagement ladder per department");
    await expect(ladder.getByRole("rowheader")).toHaveText([five, "Other departments"]);
    await expect(rowOf(page, ladder, five).getByRole("cell")).toHaveText(["5", "0", "0", "0"]);
    await expect(rowOf(page, ladder, "Other departments").getByRole("cell")).toHaveText(["<5", "<5", "<5", "<5"]);
    // The nine together are enough to count.
    const funnel = await chartTable(page, "From invitation to taking part");
    await expect(rowOf(page, funnel, "Signed up").getByRole("cell").first()).toHaveText("9");
    await expect(page.getByText(small)).toHaveCount(0);
  });

  await test.step("filtered by the department of five: its five people", async () => {
    await showFigures(page, { department: five });
    await expect(page.getByRole("status").filter({ hasText: /^Showing / })).toContainText(`Showing ${name}, ${five}, from `);
    const funnel = await chartTable(page, "From invitation to taking part");
    await expect(rowOf(page, funnel, "Signed up").getByRole("cell").first()).toHaveText("5");
    const ladder = await chartTable(page, "Engagement ladder per department");
    await expect(ladder.getByRole("rowheader")).toHaveText([five]);
  });

  const programmeId = new URL(page.url()).searchParams.get("programme")!;
  const refused = `programme=${programmeId}&department=${encodeURIComponent(small)}`;
  await test.step("the department of four typed into the address is refused: the figures are for all departments", async () => {
    await page.goto(`/admin/insights?${refused}`);
    await expect(page.getByRole("status").filter({ hasText: "That department cannot be shown on its own" })).toHaveText(
      "That department cannot be shown on its own: it has fewer than five members, or does not exist. The figures below are for all departments.",
    );
    await expect(page.getByRole("status").filter({ hasText: /^Showing / })).toContainText(`Showing ${name}, all departments, from `);
    const funnel = await chartTable(page, "From invitation to taking part");
    await expect(rowOf(page, funnel, "Signed up").getByRole("cell").first()).toHaveText("9");
    const ladder = await chartTable(page, "Engagement ladder per department");
    await expect(rowOf(page, ladder, "Other departments").getByRole("cell")).toHaveText(["<5", "<5", "<5", "<5"]);
    await expect(page.getByText(small)).toHaveCount(0);
  });

  await test.step("the CSV export of the same address: all departments, the four hidden, their department named nowhere", async () => {
    const csv = await page.request.get(`${APP_URL}/admin/insights/export?${refused}`, { headers: { connection: "close" } });
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    const lines = body.split("\r\n");
    expect(lines).toContain("Filters,Department,All departments,");
    expect(lines).toContain(`Engagement ladder per department,${five}: Signed up,5,`);
    for (const level of ["Signed up", "Takes part", "Contributes", "Leads"]) {
      expect(lines).toContain(`Engagement ladder per department,Other departments: ${level},,fewer than five people`);
    }
    expect(body).not.toContain(small);
  });
});
