import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { APP_URL, createDemoPersonWithName, expect, signInAs, test } from "./support/fixtures";

// Issue 5's walk-through: an admin opens a programme, 6 mentees and 3 mentors enrol, the admin runs the
// matching, swaps a pair and publishes; one mentor accepts, one declines (the mentee is re-matched), one lets
// the deadline pass (the test clock of /dev/sweep; the mentees are re-matched); a pair plans its first
// meeting and sets a goal; every email reaches the outbox in its recipient's language.
//
// Seven tests in a row (serial: each starts from the state the one before left, in the same browser, and a
// failure skips the rest), each with its own time limit, so that a failure names the stage that broke.

test.use({ locale: "en-GB" });
test.describe.configure({ mode: "serial", timeout: 90_000 });

type Person = { email: string; name: string; page: Page };
type Locale = "nl" | "en";

const TOPICS = ["Change management", "Giving feedback", "Strategy"];
// Weekday mornings and early afternoons in Amsterdam, so that any two of them share slots.
const AVAILABILITY = ["mon-09", "mon-10", "tue-10", "tue-14", "wed-09", "wed-10", "thu-14", "thu-15", "fri-10"];

async function person(browser: Browser, role: "member" | "admin"): Promise<Person> {
  const { email, name } = await createDemoPersonWithName({ role, locale: "en" });
  await e2eSql()`update memberships set availability = ${AVAILABILITY}, seniority = ${role === "admin" ? 5 : 3} where email = ${email}`;
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(page, email);
  return { email, name, page };
}

/** The newest delivered email of a template to one address, once the worker has sent it. */
async function delivered(to: string, template: string): Promise<{ subject: string; locale: string; text: string }> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const [row] = await e2eSql()<{ subject: string; locale: string; text: string }[]>`
      select subject, locale, text from email_messages where to_address = ${to} and template = ${template} and status = 'delivered'
      order by created_at desc limit 1`;
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${template} email reached ${to}`);
}

const languageOf = async (email: string): Promise<Locale> =>
  (await e2eSql()<{ locale: Locale }[]>`select coalesce(u.locale, 'nl') as locale from users u where u.email = ${email}`)[0].locale;

async function sweep(page: Page, programmeId: string, at: Date) {
  const response = await page.request.post(`${APP_URL}/dev/sweep`, {
    data: { programmeId, at: at.toISOString() },
    // A fresh connection: the server closes idle keep-alive sockets after 5 s, which a reused one can hit.
    headers: { origin: APP_URL, connection: "close" },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { expired: number; reminded: number };
}

type Row = { id: string; status: string; mentor: string; mentee: string; deadline: Date | null };
const matchesOf = (programmeId: string) =>
  e2eSql()<Row[]>`
    select m.id, m.status, mentor.email as mentor, mentee.email as mentee, m.request_deadline as deadline
    from matches m
    join enrolments me on me.id = m.mentor_enrolment_id join memberships mentor on mentor.id = me.membership_id
    join enrolments te on te.id = m.mentee_enrolment_id join memberships mentee on mentee.id = te.membership_id
    where m.programme_id = ${programmeId} order by m.created_at, mentee.email`;

// What the stages hand on to each other.
const title = `E2E walk ${randomBytes(3).toString("hex")}`;
let admin: Person;
let programmeId: string;
const mentors: Person[] = [];
const mentees: Person[] = [];
const nameOf = (email: string) => [...mentors, ...mentees].find((p) => p.email === email)!.name;
let published: Row[];
const requestsOf = (mentor: Person) => published.filter((row) => row.mentor === mentor.email && row.status === "requested");

test.afterAll(async () => {
  for (const p of [...(admin ? [admin] : []), ...mentors, ...mentees]) await p.page.context().close();
});

test("stage 1: the admin creates the programme, three mentees per mentor, and opens sign-up", async ({ browser }) => {
  const sql = e2eSql();
  // The admin creates the programme (three mentees per mentor) and opens sign-up.
  admin = await person(browser, "admin");
  await admin.page.goto("/admin/programmes/new");
  const dutch = admin.page.getByRole("group", { name: "Dutch" });
  await dutch.getByLabel("Name").fill(`${title} (nl)`);
  await dutch.getByLabel("Description").fill("Leidinggevenden helpen elkaar.");
  const english = admin.page.getByRole("group", { name: "English" });
  await english.getByLabel("Name").fill(title);
  await english.getByLabel("Description").fill("Managers help each other.");
  await admin.page.getByLabel("First day of sign-up").fill(new Date().toISOString().slice(0, 10));
  await admin.page.getByLabel("Last day of sign-up").fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await admin.page.getByLabel("Mentees per mentor").selectOption("3");
  await admin.page.getByRole("button", { name: "Create as draft" }).click();
  await expect(admin.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await admin.page.getByRole("button", { name: "Open sign-up" }).click();
  await expect(admin.page.getByText("Sign-up is open.")).toBeVisible();
  [{ id: programmeId }] = await sql<{ id: string }[]>`select id from programmes where name->>'en' = ${title}`;
});

test("stage 2: three mentors sign up on the programme page, each for a topic", async ({ browser }) => {
  // Three mentors and six mentees enrol on the programme page; mentee i wants the topic of mentor i / 2.
  // Side by side: each person is a few statements and a browser context of their own.
  mentors.push(...(await Promise.all(Array.from({ length: 3 }, () => person(browser, "member")))));
  mentees.push(...(await Promise.all(Array.from({ length: 6 }, () => person(browser, "member")))));
  for (const [k, mentor] of mentors.entries()) {
    await test.step(`mentor ${k} signs up for ${TOPICS[k]}`, async () => {
      await mentor.page.goto(`/programmes/${programmeId}`);
      await mentor.page.getByRole("radio", { name: /As a mentor/ }).check();
      await mentor.page.getByRole("group", { name: "Topics you can help with" }).getByRole("checkbox", { name: TOPICS[k] }).check();
      await mentor.page.getByLabel("How many mentees can you take on?").selectOption("3");
      await mentor.page.getByRole("button", { name: "Sign up as mentor" }).click();
      await expect(mentor.page.getByRole("heading", { name: "You are signed up as mentor" })).toBeVisible();
    });
  }
});

test("stage 3: six mentees sign up on the programme page, two for each mentor's topic; half of them read Kring in Dutch", async () => {
  const sql = e2eSql();
  for (const [i, mentee] of mentees.entries()) {
    await test.step(`mentee ${i} signs up for ${TOPICS[Math.floor(i / 2)]}`, async () => {
      await mentee.page.goto(`/programmes/${programmeId}`);
      await mentee.page.getByRole("radio", { name: /As a mentee/ }).check();
      await mentee.page.getByLabel("What do you want to work on?").fill(`Goal of mentee ${i}: lead through change.`);
      await mentee.page.getByRole("group", { name: "Topics you want help with" }).getByRole("checkbox", { name: TOPICS[Math.floor(i / 2)] }).check();
      await mentee.page.getByRole("button", { name: "Sign up as mentee" }).click();
      await expect(mentee.page.getByRole("heading", { name: "You are signed up as mentee" })).toBeVisible();
    });
  }
  // Half of them read Kring in Dutch: their emails must come in Dutch.
  const dutchReaders = [mentors[2].email, mentees[1].email, mentees[3].email, mentees[5].email];
  await sql`update users set locale = 'nl' where email = any(${dutchReaders})`;
});

test("stage 4: the admin runs the matching, swaps the mentors of two pairs and publishes; the mentors are asked in their language", async () => {
  const sql = e2eSql();
  // The admin runs the matching, swaps the mentors of two pairs and publishes.
  await test.step("the matching proposes a mentor for every mentee", async () => {
    await admin.page.goto(`/admin/programmes/${programmeId}/matching`);
    await admin.page.getByRole("button", { name: "Run matching" }).click();
    await expect(admin.page.getByRole("heading", { name: "Proposed pairs" })).toBeVisible();
    await expect(admin.page.getByText("Every mentee has a mentor.")).toBeVisible();
  });
  await test.step("the admin swaps the mentors of two pairs", async () => {
    const proposed = await matchesOf(programmeId);
    expect(proposed).toHaveLength(6);
    const first = proposed[0];
    const second = proposed.find((row) => row.mentor !== first.mentor)!;
    for (const pair of [first, second]) {
      await admin.page.getByRole("listitem").filter({ hasText: nameOf(pair.mentee) }).getByRole("checkbox", { name: "Pick for swap" }).check();
    }
    await admin.page.getByRole("button", { name: "Swap mentors of the two picked pairs" }).click();
    // "Saved." already shows after the run: wait for the swap itself.
    const mentorOf = async (mentee: string) => (await matchesOf(programmeId)).find((row) => row.mentee === mentee)!.mentor;
    await expect.poll(() => mentorOf(first.mentee)).toBe(second.mentor);
    expect(await mentorOf(second.mentee)).toBe(first.mentor);
    await expect(admin.page.getByRole("listitem").filter({ hasText: nameOf(first.mentee) })).toContainText(nameOf(second.mentor));
  });
  await test.step("nobody is told anything before publishing; then every mentor is asked in their language", async () => {
    // Nobody has been told anything before publishing.
    const [{ count: before }] = await sql<{ count: number }[]>`
      select count(*)::int as count from email_messages where template = 'match-request' and to_address = any(${mentors.map((m) => m.email)})`;
    expect(before).toBe(0);
    await admin.page.getByRole("button", { name: "Publish and ask the mentors" }).click();
    await admin.page.getByRole("button", { name: "Yes, publish" }).click();
    await expect(admin.page.getByText("Published. The mentors have been asked.")).toBeVisible();

    for (const mentor of mentors) {
      const mail = await delivered(mentor.email, "match-request");
      expect(mail.locale).toBe(await languageOf(mentor.email));
      expect(mail.subject).toMatch(mail.locale === "nl" ? /^Wil je mentor zijn van .*\?$/ : /^Would you mentor .*\?$/);
    }
  });
});

test("stage 5: one mentor accepts every request, another declines one and the mentee is re-matched; accepted pairs hear it in their language", async () => {
  // Mentor 0 accepts every request; mentor 1 declines the first and accepts the rest; mentor 2 waits.
  published = await matchesOf(programmeId);
  const [declined, ...acceptedByOne] = requestsOf(mentors[1]);
  await test.step("mentor 0 accepts every request", async () => {
    await mentors[0].page.goto("/matches");
    for (const request of requestsOf(mentors[0])) {
      await mentors[0].page.getByRole("button", { name: `Accept ${nameOf(request.mentee)}` }).click();
      await expect(mentors[0].page.getByRole("button", { name: `Accept ${nameOf(request.mentee)}` })).toHaveCount(0);
    }
  });
  await test.step("mentor 1 declines the first request, for lack of time, and accepts the rest", async () => {
    await mentors[1].page.goto("/matches");
    const declinedCard = mentors[1].page.getByRole("listitem").filter({ hasText: nameOf(declined.mentee) });
    await declinedCard.getByRole("button", { name: "Decline" }).click();
    await declinedCard.getByRole("radio", { name: "I have no time" }).check();
    await declinedCard.getByRole("button", { name: "Decline request" }).click();
    // The card turns into a declined one (its answer buttons go).
    await expect(declinedCard.getByText("Declined", { exact: true })).toBeVisible();
    for (const request of acceptedByOne) {
      await mentors[1].page.getByRole("button", { name: `Accept ${nameOf(request.mentee)}` }).click();
      await expect(mentors[1].page.getByRole("button", { name: `Accept ${nameOf(request.mentee)}` })).toHaveCount(0);
    }
  });

  // The declined mentee has a new request from another mentor, and hears so in their language.
  const afterDecline = await matchesOf(programmeId);
  await test.step("the declined mentee has a new request from another mentor, and hears so in their language", async () => {
    const replacement = afterDecline.find((row) => row.mentee === declined.mentee && row.status === "requested");
    expect(replacement?.mentor).toBeDefined();
    expect(replacement!.mentor).not.toBe(mentors[1].email);
    const rematchedMail = await delivered(declined.mentee, "match-rematched");
    expect(rematchedMail.locale).toBe(await languageOf(declined.mentee));
    expect(rematchedMail.text).toContain(nameOf(replacement!.mentor));
  });

  // Accepted pairs: both people get an email in their own language.
  await test.step("both people of every accepted pair get an email in their own language", async () => {
    for (const pair of afterDecline.filter((row) => row.status === "accepted")) {
      for (const [email, mentorText, menteeText] of [[pair.mentor, /You are now .*'s mentor/, /Je bent nu de mentor van/], [pair.mentee, / is your mentor$/, / is je mentor$/]] as const) {
        const mail = await delivered(email, "match-accepted");
        expect(mail.subject).toMatch((await languageOf(email)) === "nl" ? menteeText : mentorText);
      }
    }
  });
});

test("stage 6: the third mentor lets the deadline pass: one reminder in Dutch, then the requests expire and the mentees are re-matched", async () => {
  // Mentor 2 lets the deadline pass: a day before it, one reminder (in Dutch); after it, the requests expire.
  const waiting = requestsOf(mentors[2]);
  expect(waiting.length).toBeGreaterThan(0);
  const deadline = new Date(waiting[0].deadline!);
  await test.step("half a day before the deadline, every open request is reminded once", async () => {
    // Every open request is within a day of its deadline then, the declined mentee's new one included.
    const open = (await matchesOf(programmeId)).filter((row) => row.status === "requested");
    expect(await sweep(admin.page, programmeId, new Date(deadline.getTime() - 12 * 3_600_000))).toMatchObject({ reminded: open.length, expired: 0 });
    const reminder = await delivered(mentors[2].email, "match-reminder");
    expect(reminder).toMatchObject({ locale: "nl" });
    expect(reminder.subject).toMatch(/^Herinnering: wil je mentor zijn van .*\?$/);
  });
  await test.step("after the deadline the requests expire, and each mentee is re-matched and told in their language", async () => {
    expect(await sweep(admin.page, programmeId, new Date(deadline.getTime() + 1000))).toMatchObject({ expired: waiting.length });
    const afterDeadline = await matchesOf(programmeId);
    for (const request of waiting) {
      expect(afterDeadline.find((row) => row.id === request.id)!.status).toBe("expired");
      const next = afterDeadline.find((row) => row.mentee === request.mentee && row.status === "requested");
      expect(next?.mentor).toBeDefined();
      expect(next!.mentor).not.toBe(mentors[2].email);
      const mail = await delivered(request.mentee, "match-rematched");
      expect(mail.locale).toBe(await languageOf(request.mentee));
      expect(mail.text).toMatch(mail.locale === "nl" ? /niet op tijd geantwoord/ : /did not answer in time/);
    }
  });
});

test("stage 7: an accepted pair plans its first meeting and sets a goal; the goal falls due; outsiders get the not-found page", async () => {
  const sql = e2eSql();
  // An accepted pair opens its space, plans the first meeting and sets a goal. The mentee reads Kring in
  // English for this part (a Dutch reader switches), so that the page's words below are the English ones.
  const pair = (await matchesOf(programmeId)).find((row) => row.status === "accepted")!;
  expect(pair).toBeDefined();
  await sql`update users set locale = 'en' where email = ${pair.mentee}`;
  const mentee = mentees.find((p) => p.email === pair.mentee)!;
  const pairMentor = mentors.find((p) => p.email === pair.mentor)!;
  await test.step("the mentee plans the first meeting in the pair's space; both get an invitation", async () => {
    await mentee.page.goto("/matches");
    await mentee.page.getByRole("link", { name: "Open your pair's space" }).click();
    await expect(mentee.page).toHaveURL(new RegExp(`/matches/${pair.id}$`));
    await expect(mentee.page.getByRole("heading", { level: 1 })).toContainText(nameOf(pair.mentor));
    await expect(mentee.page.getByText(pair.mentor)).toBeVisible();
    const slot = mentee.page.getByRole("button", { name: "Plan this meeting" }).first();
    await slot.click();
    await expect(mentee.page.getByText("You both received an invitation by email, with a calendar file.")).toBeVisible();
    for (const email of [pair.mentor, pair.mentee]) {
      const invitation = await delivered(email, "session-invitation");
      expect(invitation.locale).toBe(await languageOf(email));
      // A pair's meeting is worded as theirs ("Mentoring meeting planned: …"), not by its title.
      expect(invitation.subject).toMatch(invitation.locale === "nl" ? /^Mentorgesprek gepland: / : /^Mentoring meeting planned: /);
    }
  });
  await test.step("the mentee sets a SMART goal; the mentor sees it in the same space", async () => {
    const goals = mentee.page.getByRole("region", { name: "Goals" });
    await goals.getByLabel("Specific: what exactly do you want to achieve?").fill("Hold a feedback conversation with each of my five team members.");
    await goals.getByLabel("Measurable: how will you know you got there?").fill("Five conversations held and noted.");
    await goals.getByLabel("Achievable: why is this within reach?").fill("One a week, thirty minutes each.");
    await goals.getByLabel("Relevant: why does it matter?").fill("My team asked for more feedback in the survey.");
    const due = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await goals.getByLabel("Time-bound: due date").fill(due);
    await goals.getByRole("button", { name: "Add goal" }).click();
    await expect(goals.getByRole("listitem").filter({ hasText: "Hold a feedback conversation with each of my five team members." })).toBeVisible();
    // The mentor sees the same goal in the same space.
    await pairMentor.page.goto(`/matches/${pair.id}`);
    await expect(pairMentor.page.getByRole("heading", { name: "Hold a feedback conversation with each of my five team members." })).toBeVisible();
  });
  // The goal falls due within three days: the sweep (this one, or the worker's own minute tick) tells both,
  // each in their own language.
  await test.step("the goal falls due: both are told, each in their own language", async () => {
    await sweep(admin.page, programmeId, new Date());
    for (const email of [pair.mentor, pair.mentee]) expect((await delivered(email, "goal-due")).locale).toBe(await languageOf(email));
  });

  // Someone outside the pair, even the programme's admin, gets the not-found page.
  await test.step("someone outside the pair, even the programme's admin, gets the not-found page", async () => {
    const response = await admin.page.goto(`/matches/${pair.id}`);
    expect(response?.status()).toBe(404);
  });
});
