import type { Browser, Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { DEMO, createDemoPersonWithName, deliveredEmail, expect, expectAccessible, signInAs, test } from "./support/fixtures";

// Issue 12, the guided conversations' two walks. A pair runs the first-meeting guide: the mentee plans it
// (the mentor gets the preparation in English), the mentor starts it, the mentee's screen follows, they
// record an agreement and two actions at the closing step, and the next conversation opens with them. A
// manager (the demo member, a team lead) runs a career conversation with a team member who never signed in
// (Dutch) and one with an account (English): each gets the preparation and, afterwards, the actions by email
// in their language. Screenshots go to test-results/conversations/ for a person to look at.

test.describe.configure({ timeout: 120_000 });

const shot = (name: string) => `test-results/conversations/${name}.png`;
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function pageFor(browser: Browser, email: string, locale: "nl" | "en"): Promise<Page> {
  const page = await (await browser.newContext({ locale: locale === "nl" ? "nl-NL" : "en-GB" })).newPage();
  await signInAs(page, email);
  return page;
}

/** Presses "next" through the guide's steps, each time waiting for the next step's heading, up to the closing step. */
async function runToClosing(page: Page, next: string, titles: string[]) {
  for (const title of titles) {
    await page.getByRole("button", { name: next }).click();
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }
}

/** The email's text as the worker rendered it. */
const textOf = async (id: string) => (await e2eSql()<{ text: string }[]>`select text from email_messages where id = ${id}`)[0].text;

test("a pair runs the first-meeting guide, records two actions and finds them at the next conversation's opening", async ({ browser }) => {
  const sql = e2eSql();
  const mentor = await createDemoPersonWithName({ role: "member", locale: "en" });
  const mentee = await createDemoPersonWithName({ role: "member", locale: "nl" });
  const [{ id: matchId }] = await sql<{ id: string }[]>`
    with org as (select id from organizations where slug = 'demo'),
    programme as (
      insert into programmes (organization_id, kind, status, name, description, settings)
      select id, 'mentoring', 'running', ${sql.json({ nl: "E2E gesprekken", en: "E2E conversations" })}, ${sql.json({ nl: "", en: "" })}, ${sql.json({ defaultCapacity: 1, responseDays: 5 })} from org
      returning id, organization_id),
    mentor as (
      insert into enrolments (organization_id, programme_id, membership_id, role, capacity)
      select p.organization_id, p.id, m.id, 'mentor', 1 from programme p, memberships m where m.email = ${mentor.email} returning id),
    mentee as (
      insert into enrolments (organization_id, programme_id, membership_id, role)
      select p.organization_id, p.id, m.id, 'mentee' from programme p, memberships m where m.email = ${mentee.email} returning id)
    insert into matches (organization_id, programme_id, mentor_enrolment_id, mentee_enrolment_id, score, status, responded_at)
    select p.organization_id, p.id, mentor.id, mentee.id, 0.8, 'accepted', now() from programme p, mentor, mentee
    returning id`;
  const menteePage = await pageFor(browser, mentee.email, "nl");
  const mentorPage = await pageFor(browser, mentor.email, "en");

  await test.step("the mentee plans the first meeting; the mentor gets the preparation in English", async () => {
    await menteePage.setViewportSize({ width: 390, height: 900 });
    await menteePage.goto(`/matches/${matchId}`);
    const section = menteePage.getByRole("region", { name: "Gesprekken met een leidraad" });
    await expect(section.getByRole("radio", { name: /Het eerste mentorgesprek/ })).toBeChecked();
    await section.getByLabel("Dag van het gesprek (niet verplicht)").fill(dayAhead(3));
    await menteePage.screenshot({ path: shot("pair-space-start-nl-390"), fullPage: true });
    await section.getByRole("button", { name: "Plannen en voorbereiding sturen" }).click();
    await expect(menteePage.getByRole("heading", { level: 2, name: "Het gesprek is nog niet begonnen" })).toBeVisible();
    const email = await deliveredEmail(mentor.email, "conversation-planned");
    expect(email.locale).toBe("en");
    expect(email.subject).toBe(`${mentee.name} has prepared your next conversation: The first mentoring meeting`);
    expect(await textOf(email.id)).toContain("Your first mentoring meeting is coming up.");
  });
  const conversationUrl = menteePage.url();

  await test.step("the mentor starts it; the mentee's screen follows", async () => {
    await mentorPage.goto(conversationUrl);
    await mentorPage.getByRole("button", { name: "Start the conversation" }).click();
    await expect(mentorPage.getByRole("heading", { level: 2, name: "Getting to know each other" })).toBeVisible();
    await expect(menteePage.getByRole("heading", { level: 2, name: "Kennismaken" })).toBeVisible();
    await expect(menteePage.getByRole("timer")).toHaveText(/^\d+:\d\d$/);
    await menteePage.screenshot({ path: shot("runner-step-nl-390"), fullPage: true });
    await runToClosing(mentorPage, "Next step", ["Expectations", "Confidentiality", "How we will work together", "A first topic", "Agreements and actions"]);
  });

  await test.step("at the closing step they record an agreement and two actions", async () => {
    await mentorPage.getByRole("button", { name: "Add an agreement" }).click();
    await mentorPage.getByRole("textbox", { name: "Agreement 1" }).fill("What we discuss stays between the two of us.");
    for (const [n, what, who, due] of [
      [1, "Write down what I want to learn this half year", mentee.name, dayAhead(14)],
      [2, "Invite my mentee to the finance steering group", `${mentor.name} (you)`, ""],
    ] as const) {
      await mentorPage.getByRole("button", { name: "Add an action" }).click();
      const action = mentorPage.getByRole("group", { name: `Action ${n}` });
      await action.getByLabel("What").fill(what);
      await action.getByLabel("Who").selectOption({ label: who });
      if (due) await action.getByLabel("By (optional)").fill(due);
    }
    await mentorPage.screenshot({ path: shot("runner-closing-en-1280"), fullPage: true });
    await expectAccessible(mentorPage);
    await mentorPage.getByRole("button", { name: "Close the conversation" }).click();
    const record = mentorPage.getByRole("region", { name: "What you agreed" });
    await expect(record.getByRole("listitem").filter({ hasText: "Write down what I want to learn this half year" })).toContainText(mentee.name);
    await expect(record).toContainText("Invite my mentee to the finance steering group");
  });

  await test.step("the next conversation opens with the agreement and both actions", async () => {
    await menteePage.goto(`/matches/${matchId}`);
    const section = menteePage.getByRole("region", { name: "Gesprekken met een leidraad" });
    await expect(section.getByRole("region", { name: "Van de vorige keer" })).toContainText("Write down what I want to learn this half year");
    await section.getByText("Een gesprek voorbereiden of beginnen").click();
    await expect(section.getByRole("radio", { name: /Vervolggesprek/ })).toBeChecked();
    await section.getByRole("button", { name: "Nu beginnen" }).click();
    await expect(menteePage.getByRole("heading", { level: 2, name: "Terugblik op de acties" })).toBeVisible();
    const lastTime = menteePage.getByRole("region", { name: "Van de vorige keer" });
    await expect(lastTime).toContainText("What we discuss stays between the two of us.");
    await expect(lastTime.getByRole("listitem")).toHaveCount(3);
    await expect(lastTime).toContainText("Invite my mentee to the finance steering group");
    await menteePage.screenshot({ path: shot("runner-last-time-nl-390"), fullPage: true });
    await expectAccessible(menteePage);
    await menteePage.setViewportSize({ width: 1280, height: 900 });
    await menteePage.screenshot({ path: shot("runner-last-time-nl-1280"), fullPage: true });
  });
  await test.step("the organisation's admin finds no such page", async () => {
    const admin = await pageFor(browser, DEMO.admin, "en");
    expect((await admin.goto(conversationUrl))?.status()).toBe(404);
    await admin.context().close();
  });
  await menteePage.context().close();
  await mentorPage.context().close();
});

test("a manager runs a career conversation; the team member gets the preparation and the actions, in Dutch and in English", async ({ browser }) => {
  const sql = e2eSql();
  // The demo member, a team lead with a team of three (db/seed-conversations.ts), reads in English here.
  await sql`update users set locale = 'en' where email = ${DEMO.member}`;
  const page = await pageFor(browser, DEMO.member, "en");
  const team = [
    { name: "Tess Hoekstra", email: "tess.hoekstra@demo.kring.test", option: "Tess Hoekstra (not signed in yet)", locale: "nl", due: "uiterlijk", you: "Jij" },
    { name: "Ravi Patel", email: "ravi.patel@demo.kring.test", option: "Ravi Patel", locale: "en", due: "by", you: "You" },
  ] as const;
  for (const [i, member] of team.entries()) {
    await test.step(`plan with ${member.name}: the preparation in ${member.locale}`, async () => {
      const since = new Date(Date.now() - 1000);
      await page.goto("/dashboard");
      await page.getByRole("navigation").getByRole("link", { name: "Team conversations" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Team conversations" })).toBeVisible();
      if (i === 0) {
        await page.setViewportSize({ width: 390, height: 900 });
        await page.screenshot({ path: shot("team-page-en-390"), fullPage: true });
        await expectAccessible(page);
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      const form = page.getByRole("region", { name: "Prepare a conversation" });
      await form.getByLabel("Team member", { exact: true }).selectOption({ label: member.option });
      await form.getByRole("radio", { name: /Career conversation/ }).check();
      await form.getByLabel("Day of the conversation (optional)").fill(dayAhead(2 + i));
      await form.getByRole("button", { name: "Plan it and send the preparation" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "The conversation has not started yet" })).toBeVisible();
      const email = await deliveredEmail(member.email, "conversation-planned", since);
      expect(email.locale).toBe(member.locale);
      expect(email.subject).toBe(member.locale === "nl" ? "Sanne Jansen heeft een gesprek met je gepland: Loopbaangesprek" : "Sanne Jansen has planned a conversation with you: Career conversation");
    });

    await test.step(`hold it with ${member.name}: the actions by email in ${member.locale}`, async () => {
      const since = new Date(Date.now() - 1000);
      await page.getByRole("button", { name: "Start the conversation" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Where you stand now" })).toBeVisible();
      await runToClosing(page, "Next step", ["Ambitions", "Strengths", "What the organisation can offer", "Next steps", "Agreements and actions"]);
      await page.getByRole("button", { name: "Add an action" }).click();
      const action = page.getByRole("group", { name: "Action 1" });
      await action.getByLabel("What").fill(`Shadow the data team for a day (${member.locale})`);
      await action.getByLabel("Who").selectOption({ label: member.name });
      await action.getByLabel("By (optional)").fill(dayAhead(30));
      await expect(page.getByText(`${member.name} gets the actions by email once you close the conversation.`)).toBeVisible();
      await page.getByRole("button", { name: "Close the conversation" }).click();
      await expect(page.getByRole("region", { name: "What you agreed" })).toContainText(`Shadow the data team for a day (${member.locale})`);
      if (i === 1) {
        await page.setViewportSize({ width: 390, height: 900 });
        await page.screenshot({ path: shot("record-en-390"), fullPage: true });
      }
      const email = await deliveredEmail(member.email, "conversation-actions", since);
      expect(email.locale).toBe(member.locale);
      expect(await textOf(email.id)).toMatch(new RegExp(`${member.you}, ${member.due} .*: Shadow the data team for a day \\(${member.locale}\\)`));
    });
  }
  await page.context().close();
});
