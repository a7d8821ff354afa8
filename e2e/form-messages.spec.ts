import { randomBytes } from "node:crypto";
import type { Browser, Locator, Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { createDemoPersonWithName, DEMO, expect, signInAs, test } from "./support/fixtures";

// Issue 17: no form returns silently. Each form of the app is submitted empty or with a value it must
// refuse, and the test finds the error summary at the top of the form (role="alert", focused, naming each
// field and linking to it) or the field's own error, and checks in the database that nothing was written.
// Where a form saves text, the test types a marker into one field and leaves another empty or wrong, so
// that "nothing saved" is a query for the marker, whatever other tests write beside it.
//
// Grouped by who may use the forms: one sign-in per role, the forms of a role one stage each in a row
// (serial, in one browser page).

test.use({ locale: "en-GB" });
test.describe.configure({ timeout: 90_000 });

const SUMMARY_TITLE = { en: "This has not gone through yet", nl: "Dit is nog niet gelukt" };
// The demo's own people read the app in the language they chose, whatever the browser says.
const EITHER_TITLE = new RegExp(`^(${SUMMARY_TITLE.en}|${SUMMARY_TITLE.nl})$`);
const AVAILABILITY = ["mon-09", "mon-10", "tue-09", "tue-10", "wed-14", "thu-09"];

const marker = () => `e2e-form-${randomBytes(4).toString("hex")}`;

/** The summary at the top of `form`: visible, focused, announced, and with `fieldCount` links to fields. */
async function expectSummary(form: Locator, options: { locale?: "en" | "nl" | "either"; fields?: number; text?: string | RegExp } = {}): Promise<Locator> {
  const title = options.locale === "either" ? EITHER_TITLE : SUMMARY_TITLE[options.locale ?? "en"];
  const summary = form.getByRole("alert").filter({ has: form.page().getByRole("heading", { name: title }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  if (options.fields !== undefined) await expect(summary.getByRole("link")).toHaveCount(options.fields);
  if (options.text) await expect(summary).toContainText(options.text);
  return summary;
}

/** Follows the summary's first link: the focus lands on the field it names, which says it is invalid. */
async function expectFirstLinkFocusesField(page: Page, summary: Locator): Promise<void> {
  await summary.getByRole("link").first().click();
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-invalid", "true");
}

const submit = (form: Locator) => form.locator("button[type=submit]").last().click();
const formWith = (page: Page, selector: string) => page.locator("main form").filter({ has: page.locator(selector) }).first();

async function memberWithAvailability(): Promise<{ email: string; name: string; membershipId: string }> {
  const person = await createDemoPersonWithName({ role: "member", locale: "en" });
  const [{ id }] = await e2eSql()<{ id: string }[]>`
    update memberships set availability = ${AVAILABILITY}, topics = '{giving-feedback,strategy}', seniority = 3 where email = ${person.email} returning id`;
  return { ...person, membershipId: id };
}

async function newPage(browser: Browser, locale: "en-GB" | "nl-NL" = "en-GB"): Promise<Page> {
  const context = await browser.newContext({ locale });
  return context.newPage();
}

const demoProgramme = async (kind: "mentoring" | "codevelopment") =>
  (
    await e2eSql()<{ id: string; name: { nl: string; en: string } }[]>`
      select p.id, p.name from programmes p join organizations o on o.id = p.organization_id
      where o.slug = 'demo' and p.kind = ${kind} and p.status = 'open' order by p.created_at limit 1`
  )[0];

test.describe("signed out", () => {
  test.use({ locale: "nl-NL" });

  test("sign-in: an empty or malformed address is refused at the field and in the summary, and no link is sent", async ({ page }) => {
    await page.goto("/sign-in");
    const form = formWith(page, "#email");
    await submit(form);
    await expectSummary(form, { locale: "nl", fields: 1 });
    await expect(form.locator("#email")).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator("#email-error")).toBeVisible();

    const address = `${marker()}-not-an-address`;
    await form.locator("#email").fill(address);
    await submit(form);
    const summary = await expectSummary(form, { locale: "nl", fields: 1 });
    await expectFirstLinkFocusesField(page, summary);
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await e2eSql()`select 1 from email_messages where to_address = ${address}`).toHaveLength(0);
  });

  test("an invitation link that does not work says why", async ({ page }) => {
    await page.goto(`/invite/${marker()}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).toContainText(/uitnodiging kan niet worden gebruikt/i);
  });
});

test.describe("a member", () => {
  test.describe.configure({ mode: "serial" });
  let page: Page;
  let me: { email: string; name: string; membershipId: string };
  test.beforeAll(async ({ browser }) => {
    page = await newPage(browser);
    me = await memberWithAvailability();
    await signInAs(page, me.email);
  });
  test.afterAll(async () => page.context().close());

  test("profile: an empty name and no language are refused, and nothing changes", async () => {
    const [before] = await e2eSql()`select name, languages from memberships where id = ${me.membershipId}`;
    await page.goto("/profile");
    await page.getByLabel("Name", { exact: true }).fill("");
    for (const box of await page.getByRole("checkbox", { name: /^(Dutch|English)$/ }).all()) await box.uncheck();
    const form = formWith(page, "#name");
    await submit(form);
    const summary = await expectSummary(form, { fields: 2, text: "Some fields need your attention. Nothing has been saved yet." });
    await expect(summary.getByRole("link").first()).toContainText("Name");
    await expectFirstLinkFocusesField(page, summary);
    const [after] = await e2eSql()`select name, languages from memberships where id = ${me.membershipId}`;
    expect(after).toEqual(before);
  });

  test("co-development enrolment: with boxes unticked the form says which, and no enrolment is written", async () => {
    const programme = await demoProgramme("codevelopment");
    await page.goto(`/programmes/${programme.id}`);
    const form = formWith(page, "input[name=charter]");
    // Two of the four ticked: the other two are named.
    await form.locator("input[name=confirmLanguages]").check();
    await form.locator("input[name=charter]").check();
    await submit(form);
    const summary = await expectSummary(form, { fields: 1, text: "Confirm your availability, or change it in your profile first." });
    await expectFirstLinkFocusesField(page, summary);
    await expect(form.getByText("Confirm your availability, or change it in your profile first.").last()).toBeVisible();
    // None ticked (the languages box unticked too).
    await form.locator("input[name=confirmLanguages]").uncheck();
    await form.locator("input[name=charter]").uncheck();
    for (const box of await form.locator('input[name="languages[]"]').all()) await box.uncheck();
    await submit(form);
    await expectSummary(form, { fields: 4, text: "To take part, agree to the group charter." });
    expect(await e2eSql()`select 1 from enrolments where membership_id = ${me.membershipId} and programme_id = ${programme.id}`).toHaveLength(0);
  });

  test("mentoring enrolment: goals past the limit are refused at the field and in the summary, and no enrolment is written", async () => {
    const programme = await demoProgramme("mentoring");
    await page.goto(`/programmes/${programme.id}`);
    const goals = page.locator("textarea#goals");
    // The browser stops typing at the limit; a request past it (a script, an old page) must still be refused.
    await goals.evaluate((el: HTMLTextAreaElement) => {
      const max = Number(el.getAttribute("maxlength"));
      el.removeAttribute("maxlength");
      el.value = "x".repeat(max + 10);
    });
    const form = formWith(page, "textarea#goals");
    await submit(form);
    const summary = await expectSummary(form, { fields: 1 });
    await expect(goals).toHaveAttribute("aria-invalid", "true");
    await expectFirstLinkFocusesField(page, summary);
    expect(await e2eSql()`select 1 from enrolments where membership_id = ${me.membershipId} and programme_id = ${programme.id}`).toHaveLength(0);
  });

  test("erasing the account: a wrong address is refused, and the account stays", async () => {
    await page.goto("/account");
    const form = formWith(page, "#confirmEmail");
    await form.locator("#confirmEmail").fill(`${marker()}@example.com`);
    await submit(form);
    const summary = await expectSummary(form, { fields: 1 });
    await expectFirstLinkFocusesField(page, summary);
    expect(await e2eSql()`select 1 from memberships where id = ${me.membershipId} and status = 'active'`).toHaveLength(1);
  });
});

test.describe("a pair of the demo (its mentee)", () => {
  test.describe.configure({ mode: "serial" });
  let page: Page;
  let pair: { matchId: string; email: string } | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await newPage(browser);
    [pair] = await e2eSql()<{ matchId: string; email: string }[]>`
      select ma.id as "matchId", u.email from matches ma
      join organizations o on o.id = ma.organization_id and o.slug = 'demo'
      join enrolments e on e.id = ma.mentee_enrolment_id join memberships m on m.id = e.membership_id and m.status = 'active'
      join users u on u.id = m.user_id
      where ma.status = 'accepted' order by ma.created_at desc limit 1`;
    if (pair) await signInAs(page, pair.email);
  });
  test.afterAll(async () => page.context().close());

  test("goals, notes, the fit check and ending: empty submits say why, and nothing is written", async () => {
    expect(pair, "the demo has a running pair").toBeTruthy();
    const sql = e2eSql();
    const count = async () => (await sql<{ goals: number; notes: number; checks: number }[]>`
      select (select count(*)::int from mentoring_goals where match_id = ${pair!.matchId}) as goals,
             (select count(*)::int from match_notes where match_id = ${pair!.matchId}) as notes,
             (select count(*)::int from match_check_ins where match_id = ${pair!.matchId}) as checks`)[0];
    const before = await count();
    await page.goto(`/matches/${pair!.matchId}`);

    await test.step("a new goal", async () => {
      const form = formWith(page, 'textarea[id="goal-new-specific"]');
      await submit(form);
      const summary = await expectSummary(form, { locale: "either" });
      expect(await summary.getByRole("link").count()).toBeGreaterThanOrEqual(4);
      await expectFirstLinkFocusesField(page, summary);
    });
    await test.step("a note", async () => {
      const form = formWith(page, "textarea#note-body");
      await submit(form);
      await expectSummary(form, { locale: "either", fields: 1 });
    });
    await test.step("the fit check, when it is asked", async () => {
      const fit = formWith(page, 'input[name="answer"]');
      if ((await fit.count()) === 0) return;
      await submit(fit);
      await expectSummary(fit, { locale: "either", fields: 1 });
    });
    await test.step("ending the pair", async () => {
      // Two deliberate steps: open the panel, tick the confirmation. Without the tick, the form says so.
      await page.locator("section[aria-labelledby=pair-end] summary").click();
      const end = page.locator("section[aria-labelledby=pair-end] form");
      await submit(end);
      const summary = await expectSummary(end, { locale: "either", fields: 1 });
      await expectFirstLinkFocusesField(page, summary);
      expect(await sql`select 1 from matches where id = ${pair!.matchId} and status = 'accepted'`).toHaveLength(1);
    });
    expect(await count()).toEqual(before);
  });
});

test.describe("a group of the demo", () => {
  test.describe.configure({ mode: "serial" });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await newPage(browser);
  });
  test.afterAll(async () => page.context().close());

  test("case: the presenter's empty case is refused, and nothing is written", async () => {
    const sql = e2eSql();
    const [row] = await sql<{ groupId: string; sessionId: string; email: string }[]>`
      select g.id as "groupId", s.id as "sessionId", u.email from meeting_sessions s
      join codev_groups g on g.series_id = s.series_id and g.status = 'published'
      join organizations o on o.id = g.organization_id and o.slug = 'demo'
      join memberships m on m.id = s.case_presenter_membership_id and m.status = 'active' join users u on u.id = m.user_id
      where s.status = 'scheduled' and s.starts_at > now()
        and not exists (select 1 from codev_cases c where c.session_id = s.id)
      order by s.starts_at limit 1`;
    expect(row, "the demo has an upcoming session with a presenter").toBeTruthy();
    await signInAs(page, row.email);
    await page.goto(`/groups/${row.groupId}/sessions/${row.sessionId}/case`);
    const form = page.locator("main form").filter({ has: page.locator("textarea") }).first();
    await form.locator("button[type=submit]").first().click();
    const summary = await expectSummary(form, { locale: "either" });
    await expectFirstLinkFocusesField(page, summary);
    expect(await sql`select 1 from codev_cases where session_id = ${row.sessionId}`).toHaveLength(0);
  });

  test("feedback: no score is refused, and nothing is written", async () => {
    const sql = e2eSql();
    const [row] = await sql<{ groupId: string; sessionId: string; email: string; membershipId: string }[]>`
      select g.id as "groupId", s.id as "sessionId", u.email, m.id as "membershipId" from meeting_sessions s
      join codev_groups g on g.series_id = s.series_id and g.status = 'published'
      join organizations o on o.id = g.organization_id and o.slug = 'demo'
      join codev_group_members gm on gm.group_id = g.id and gm.role = 'participant'
      join memberships m on m.id = gm.membership_id and m.status = 'active' join users u on u.id = m.user_id
      left join meeting_participants mp on mp.session_id = s.id and mp.membership_id = m.id
      where s.status <> 'cancelled' and s.starts_at + make_interval(mins => s.duration_minutes) < now()
        and coalesce(mp.attendance::text, 'invited') not in ('absent', 'excused')
        and not exists (select 1 from codev_feedback f where f.session_id = s.id and f.membership_id = m.id)
      order by s.starts_at desc limit 1`;
    expect(row, "the demo has a held session without this person's feedback").toBeTruthy();
    await signInAs(page, row.email);
    await page.goto(`/groups/${row.groupId}/sessions/${row.sessionId}/feedback`);
    const form = formWith(page, 'input[name="score"]');
    await submit(form);
    await expectSummary(form, { locale: "either", fields: 1 });
    expect(await sql`select 1 from codev_feedback where session_id = ${row.sessionId} and membership_id = ${row.membershipId}`).toHaveLength(0);
  });
});

test.describe("a facilitator", () => {
  test.describe.configure({ mode: "serial" });
  let page: Page;
  let me: { email: string; name: string };
  test.beforeAll(async ({ browser }) => {
    page = await newPage(browser);
    me = await createDemoPersonWithName({ role: "facilitator", locale: "en" });
    await e2eSql()`update memberships set availability = ${AVAILABILITY} where email = ${me.email}`;
    await signInAs(page, me.email);
  });
  test.afterAll(async () => page.context().close());

  test("planning a series: an empty title is refused, and no series is written", async () => {
    const others = await e2eSql()<{ name: string }[]>`
      select m.name from memberships m join organizations o on o.id = m.organization_id and o.slug = 'demo'
      where m.status = 'active' and m.role = 'member' and cardinality(m.availability) >= 4 and m.email <> ${DEMO.member}
      order by m.name limit 2`;
    await page.goto("/sessions/new");
    const search = page.getByRole("combobox", { name: "Search members" });
    for (const name of [...others.map((o) => o.name), me.name]) {
      await search.fill(name);
      await page.getByRole("option", { name: new RegExp(name) }).first().click();
    }
    await page.getByRole("button", { name: "Show the best times" }).click();
    await page.getByRole("radio").first().check();
    await page.getByLabel("Title").fill("");
    const form = formWith(page, "#title");
    await page.getByRole("button", { name: "Plan and send the invitations" }).click();
    const summary = await expectSummary(form, { fields: 1 });
    await expectFirstLinkFocusesField(page, summary);
    expect(await e2eSql()`select 1 from meeting_series s join memberships m on m.id = s.organizer_membership_id where m.email = ${me.email}`).toHaveLength(0);
  });
});

test.describe("a demo facilitator with sessions listed", () => {
  test("moving a session to no date is refused, and the session stays where it was", async ({ page }) => {
    await signInAs(page, DEMO.facilitator);
    await page.goto("/sessions");
    const details = page.locator("details").filter({ has: page.locator('input[name="date"]') }).first();
    await details.locator("summary").click();
    const form = details.locator("form").filter({ has: page.locator('input[name="date"]') });
    const sessionId = await form.locator('input[name="sessionId"]').inputValue();
    const startsAt = async () => (await e2eSql()<{ startsAt: Date }[]>`select starts_at as "startsAt" from meeting_sessions where id = ${sessionId}`)[0].startsAt.getTime();
    const before = await startsAt();
    await form.locator('input[name="date"]').fill("");
    await submit(form);
    const summary = await expectSummary(form, { locale: "either", fields: 1 });
    await expectFirstLinkFocusesField(page, summary);
    expect(await startsAt()).toBe(before);
  });
});

test.describe("an admin", () => {
  test.describe.configure({ mode: "serial" });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await newPage(browser);
    await signInAs(page, (await createDemoPersonWithName({ role: "admin", locale: "en" })).email);
  });
  test.afterAll(async () => page.context().close());

  test("creating a programme of either kind without a name is refused, and none is written", async () => {
    for (const path of ["/admin/programmes/new", "/admin/programmes/new/codevelopment"]) {
      await test.step(path, async () => {
        const text = marker();
        await page.goto(path);
        const form = formWith(page, "[name=nameNl]");
        await form.locator("[name=descriptionNl]").fill(text);
        await submit(form);
        const summary = await expectSummary(form);
        await expect(summary).toContainText("Name (Dutch)");
        await expectFirstLinkFocusesField(page, summary);
        // What was typed stays for the correction.
        await expect(form.locator("[name=descriptionNl]")).toHaveValue(text);
        expect(await e2eSql()`select 1 from programmes where description->>'nl' = ${text}`).toHaveLength(0);
      });
    }
  });

  test("editing a programme of either kind: an emptied name is refused, and the programme keeps its name", async () => {
    for (const kind of ["mentoring", "codevelopment"] as const) {
      await test.step(kind, async () => {
        const programme = await demoProgramme(kind);
        await page.goto(`/admin/programmes/${programme.id}`);
        const form = formWith(page, "[name=nameNl]");
        await form.locator("[name=nameNl]").fill("");
        await submit(form);
        await expectSummary(form, { fields: 1 });
        const [after] = await e2eSql()<{ name: { nl: string } }[]>`select name from programmes where id = ${programme.id}`;
        expect(after.name.nl).toBe(programme.name.nl);
      });
    }
  });

  test("the method editor: an empty method is refused, and none is written", async () => {
    const text = marker();
    await page.goto("/admin/methods/new");
    const form = formWith(page, '[name="summary.nl"]');
    await form.locator('[name="summary.nl"]').fill(text);
    await submit(form);
    const summary = await expectSummary(form);
    await expectFirstLinkFocusesField(page, summary);
    expect(await e2eSql()`select 1 from codev_methods where method::text like ${`%${text}%`}`).toHaveLength(0);
  });

  test("inviting a member without an address is refused, and no one is invited", async () => {
    const name = marker();
    await page.goto("/admin/members/invite");
    const form = formWith(page, "#email");
    await form.locator("#name").fill(name);
    await submit(form);
    const summary = await expectSummary(form, { fields: 1 });
    await expectFirstLinkFocusesField(page, summary);
    expect(await e2eSql()`select 1 from memberships where name = ${name}`).toHaveLength(0);
  });

  test("the members import without a file says so", async () => {
    await page.goto("/admin/members/import");
    const form = formWith(page, "input[type=file]");
    await submit(form);
    const summary = await expectSummary(form, { fields: 1 });
    await expectFirstLinkFocusesField(page, summary);
  });

  test("organisation settings: an empty name is refused, and the organisation keeps its name", async () => {
    const [before] = await e2eSql()<{ name: string }[]>`select name from organizations where slug = 'demo'`;
    await page.goto("/admin/settings");
    const form = formWith(page, "#name");
    await form.locator("#name").fill("");
    await submit(form);
    const summary = await expectSummary(form, { fields: 1 });
    await expectFirstLinkFocusesField(page, summary);
    const [after] = await e2eSql()<{ name: string }[]>`select name from organizations where slug = 'demo'`;
    expect(after.name).toBe(before.name);
  });
});
