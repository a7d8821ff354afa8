import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { createDemoPersonWithName, expect, expectAccessible, signInAs, test } from "./support/fixtures";

// Issue 17: a pair across the Atlantic (the mentor in Amsterdam, the mentee in New York) is told the same
// common hours by the matching explanation and by their pair's space; the mentee proposes a time on her own
// clock, the mentor accepts, and both get an invitation with the time on their own clock.

test.describe.configure({ mode: "serial", timeout: 90_000 });

type Person = { email: string; name: string; page: Page };
const AMS = "Europe/Amsterdam";
const NYC = "America/New_York";

/** The date ("YYYY-MM-DD") and weekday key of a day `days` ahead on a clock. */
function dayAhead(zone: string, days: number): { date: string; weekday: string } {
  const at = new Date(Date.now() + days * 86_400_000);
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" }).formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday.toLowerCase().slice(0, 3) };
}
const clockTime = (instant: Date, zone: string) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);

async function person(browser: Browser, locale: "nl" | "en", timeZone: string, availability: string[], seniority: number): Promise<Person> {
  const { email, name } = await createDemoPersonWithName({ role: "member", locale });
  await e2eSql()`update memberships set availability = ${availability}, time_zone = ${timeZone}, seniority = ${seniority}, topics = '{finance}' where email = ${email}`;
  const page = await (await browser.newContext({ locale: locale === "nl" ? "nl-NL" : "en-GB" })).newPage();
  await signInAs(page, email);
  return { email, name, page };
}

async function delivered(to: string, template: string): Promise<{ subject: string; locale: string; text: string }> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const [row] = await e2eSql()<{ subject: string; locale: string; text: string }[]>`
      select subject, locale, text from email_messages where to_address = ${to} and template = ${template} and status = 'delivered' order by created_at desc limit 1`;
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${template} email reached ${to}`);
}

let admin: Person;
let mentor: Person;
let mentee: Person;
let matchId: string;
let hours: number;

test.afterAll(async () => {
  for (const p of [admin, mentor, mentee]) await p?.page.context().close();
});

test("stage 1: the matching explanation tells the mentor how many hours they have in common", async ({ browser }) => {
  const sql = e2eSql();
  // Two weekdays well inside the two-week horizon (three and four days ahead), each seen twice in it:
  // 15:00 and 16:00 in Amsterdam are 09:00 and 10:00 in New York, so 2 days × 2 hours × 2 weeks = 8 hours.
  // The mentee also gives 15:00 and 16:00 of her own clock, which the old count took for the mentor's.
  const days = [dayAhead(AMS, 3).weekday, dayAhead(AMS, 4).weekday];
  admin = await person(browser, "en", AMS, [], 6);
  await sql`update memberships set role = 'admin' where email = ${admin.email}`;
  mentor = await person(browser, "en", AMS, days.flatMap((d) => [`${d}-15`, `${d}-16`]), 5);
  mentee = await person(browser, "nl", NYC, days.flatMap((d) => [`${d}-09`, `${d}-10`, `${d}-15`, `${d}-16`]), 2);
  const title = `E2E cross-zone ${randomBytes(3).toString("hex")}`;
  const [org] = await sql<{ id: string }[]>`select id from organizations where slug = 'demo'`;
  const [programme] = await sql<{ id: string }[]>`
    insert into programmes (organization_id, kind, status, name, description, settings, signup_opens_at, signup_closes_at)
    values (${org.id}, 'mentoring', 'matching', ${sql.json({ nl: title, en: title })}, ${sql.json({ nl: "", en: "" })}, ${sql.json({ defaultCapacity: 1, responseDays: 5 })}, now() - interval '7 days', now() - interval '1 day')
    returning id`;
  for (const [who, role, answers] of [[mentor, "mentor", {}], [mentee, "mentee", { topics: ["strategy"], goals: "Lead my team across two continents." }]] as const) {
    await sql`
      insert into enrolments (organization_id, programme_id, membership_id, role, answers, capacity)
      select ${org.id}, ${programme.id}, id, ${role}, ${sql.json(answers)}, ${role === "mentor" ? 1 : null} from memberships where email = ${who.email}`;
  }

  await admin.page.goto(`/admin/programmes/${programme.id}/matching`);
  await admin.page.getByRole("button", { name: "Run matching" }).click();
  await expect(admin.page.getByText("Every mentee has a mentor.")).toBeVisible();
  await admin.page.getByRole("button", { name: "Publish and ask the mentors" }).click();
  await admin.page.getByRole("button", { name: "Yes, publish" }).click();
  await expect(admin.page.getByText("Published. The mentors have been asked.")).toBeVisible();

  await mentor.page.goto("/matches");
  const card = mentor.page.getByRole("listitem").filter({ hasText: mentee.name });
  const explanation = card.getByText(/free hours? in common over two weeks/);
  await expect(explanation).toBeVisible();
  hours = Number((await explanation.textContent())!.match(/(\d+) free hour/)![1]);
  expect(hours).toBe(8);
  // The mentee's topics are the ones she chose at enrolment, in the email and on the page alike.
  const request = await delivered(mentor.email, "match-request");
  expect(request.text).toContain(`${hours} free hours in common over two weeks`);
  const [{ strategy, finance }] = await sql<{ strategy: string; finance: string }[]>`
    select coalesce((select t->'label'->>'en' from organizations o, jsonb_array_elements(o.topics) t where o.slug = 'demo' and t->>'slug' = 'strategy'), 'strategy') as strategy,
           coalesce((select t->'label'->>'en' from organizations o, jsonb_array_elements(o.topics) t where o.slug = 'demo' and t->>'slug' = 'finance'), 'finance') as finance`;
  expect(request.text).toContain(strategy);
  expect(request.text).not.toContain(finance);
  await expect(card).toContainText(strategy);
  await expect(card).not.toContainText(finance);
  await mentor.page.getByRole("button", { name: `Accept ${mentee.name}` }).click();
  await expect(mentor.page.getByRole("button", { name: `Accept ${mentee.name}` })).toHaveCount(0);
  [{ id: matchId }] = await sql<{ id: string }[]>`select id from matches where programme_id = ${programme.id} and status = 'accepted'`;
});

test("stage 2: the pair's space says the same hours, in English and in Dutch, on each one's clock", async () => {
  await mentor.page.goto(`/matches/${matchId}`);
  await expect(mentor.page.getByTestId("pair-common-hours")).toHaveText(`${hours} hours in the next two weeks suit you both, according to your weekly availability.`);
  await mentee.page.goto(`/matches/${matchId}`);
  await expect(mentee.page.getByTestId("pair-common-hours")).toHaveText(`In de komende twee weken zijn er ${hours} uren waarop jullie allebei kunnen, volgens jullie weekbeschikbaarheid.`);
  // The mentee's clock is not the organisation's: her page names her zone, and the proposed times are her mornings.
  await expect(mentee.page.getByRole("list", { name: "Tijden die jullie allebei passen" }).getByRole("listitem").first()).toContainText(/(09|10):00.*\(America\/New_York\)/);
  // The mentor's clock is the organisation's: no zone after his times.
  await expect(mentor.page.getByRole("list", { name: "Times that suit you both" }).getByRole("listitem").first()).toContainText(/(15|16):00/);
  await expect(mentor.page.getByText("America/New_York")).toHaveCount(0);
  await mentee.page.setViewportSize({ width: 390, height: 1400 });
  await mentee.page.screenshot({ path: "test-results/cross-zone-pair-nl-390.png", fullPage: true });
  await expectAccessible(mentee.page);
  await mentor.page.screenshot({ path: "test-results/cross-zone-pair-en.png", fullPage: true });
});

test("stage 3: the mentee proposes a time on her clock, the mentor accepts; both are invited on their own clock", async () => {
  const { date } = dayAhead(NYC, 5);
  const meeting = mentee.page.getByRole("region", { name: "Jullie gesprekken" });
  await meeting.getByText("Zelf een tijd voorstellen").click();
  await meeting.getByLabel("Datum").fill(date);
  await meeting.getByLabel("Tijd", { exact: true }).fill("08:30");
  await meeting.getByLabel("Duur").selectOption("45");
  await meeting.getByRole("button", { name: "Deze tijd voorstellen" }).click();
  await expect(meeting.getByText(/Je hebt .* voorgesteld/)).toBeVisible();
  await mentee.page.screenshot({ path: "test-results/cross-zone-proposed-nl-390.png", fullPage: true });

  const [proposal] = await e2eSql()<{ starts_at: Date }[]>`select starts_at from match_meeting_proposals where match_id = ${matchId} and status = 'open'`;
  const amsterdam = clockTime(proposal.starts_at, AMS);
  expect(clockTime(proposal.starts_at, NYC)).toBe("08:30");
  const asked = await delivered(mentor.email, "pair-meeting-proposed");
  expect(asked.subject).toContain(`${mentee.name} proposes a time to meet`);
  expect(asked.text).toContain(amsterdam);

  await mentor.page.reload();
  const mentorMeeting = mentor.page.getByRole("region", { name: "Your meetings" });
  await expect(mentorMeeting.getByText(`${mentee.name} proposes to meet on`)).toContainText(amsterdam);
  await mentor.page.screenshot({ path: "test-results/cross-zone-proposal-en.png", fullPage: true });
  await expectAccessible(mentor.page);
  await mentorMeeting.getByRole("button", { name: /Accept this time/ }).click();
  await expect(mentorMeeting.getByText("You both received an invitation by email, with a calendar file.")).toBeVisible();
  await mentor.page.screenshot({ path: "test-results/cross-zone-planned-en.png", fullPage: true });

  const toMentee = await delivered(mentee.email, "session-invitation");
  expect(toMentee.locale).toBe("nl");
  expect(toMentee.subject).toMatch(/^Mentorgesprek gepland: /);
  expect(toMentee.text).toContain(`${mentee.name} heeft jullie mentorgesprek gepland`);
  expect(toMentee.text).toMatch(/08:30\s*[–-]\s*09:15/);
  expect(toMentee.text).toContain("America/New_York");
  const toMentor = await delivered(mentor.email, "session-invitation");
  expect(toMentor.subject).toMatch(/^Mentoring meeting planned: /);
  expect(toMentor.text).toContain(amsterdam);
  expect(toMentor.text).not.toContain("America/New_York");

  await mentee.page.reload();
  await expect(mentee.page.getByRole("list", { name: "Jullie komende gesprekken" })).toContainText("08:30");
  await mentee.page.screenshot({ path: "test-results/cross-zone-planned-nl-390.png", fullPage: true });
  // /sessions follows the same rule: her clock, her zone named; the mentor's clock without a zone.
  await mentee.page.goto("/sessions");
  await expect(mentee.page.getByText("America/New_York").first()).toBeVisible();
  await expect(mentee.page.getByRole("listitem").filter({ hasText: mentor.name }).first()).toContainText(/08:30\s*[–-]\s*09:15 \(America\/New_York\)/);
  await mentee.page.screenshot({ path: "test-results/cross-zone-sessions-nl-390.png", fullPage: true });
  await mentor.page.goto("/sessions");
  await expect(mentor.page.getByRole("listitem").filter({ hasText: mentee.name }).first()).toContainText(amsterdam);
  await expect(mentor.page.getByText("America/New_York")).toHaveCount(0);
});
