import { randomBytes, randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { APP_URL, createDemoPersonWithName, deliveredEmail, expect, outboxLink, signInAs, test } from "./support/fixtures";

// Issue 6, a co-development session from preparation to feedback: a published group of the demo
// organisation (arranged with inserts: group formation and scheduling are tested elsewhere); the test clock
// (/dev/sweep) sends the case-preparation email, the presenter writes the case from its link, the
// facilitator marks it ready, a later sweep tells the group, the facilitator runs every step with attendance,
// the presenter records an action, a participant writes what they learned and gives feedback, and the next
// session opens with the action. Inside the app everyone reaches the session's pages from the group page's
// links. An admin outside the group gets the not-found page.

test.use({ locale: "en-GB" });
test.setTimeout(90_000);

const DAY = 86_400_000;
const HOUR = 3_600_000;
const STEPS = ["Opening", "Presentation", "Clarifying questions", "The request", "Consultation", "Synthesis and action plan", "Learning"];

type Person = { email: string; name: string; membershipId: string; page: Page };

async function person(browser: Browser, role: "member" | "facilitator" | "admin"): Promise<Person> {
  const { email, name } = await createDemoPersonWithName({ role, locale: "en" });
  const [{ id }] = await e2eSql()<{ id: string }[]>`select m.id from memberships m where m.email = ${email}`;
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(page, email);
  return { email, name, membershipId: id, page };
}

async function sweep(page: Page, programmeId: string, at: Date) {
  const response = await page.request.post(`${APP_URL}/dev/sweep`, { data: { programmeId, at: at.toISOString() }, headers: { origin: APP_URL } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { codev: Record<string, number> };
}

/** A running programme with one published group and two sessions three weeks apart, a month ahead. */
async function arrangeGroup(facilitator: Person, presenter: Person, participant: Person) {
  const sql = e2eSql();
  const tag = randomBytes(3).toString("hex");
  const [org] = await sql<{ id: string }[]>`select id from organizations where slug = 'demo'`;
  const [programme] = await sql<{ id: string }[]>`
    insert into programmes (organization_id, kind, status, name, description, settings)
    values (${org.id}, 'codevelopment', 'running', ${sql.json({ nl: `E2E intervisie ${tag}`, en: `E2E intervision ${tag}` })},
      ${sql.json({ nl: "", en: "" })}, ${sql.json({ facilitatorMode: "perGroup", casePrepDays: 7 })})
    returning id`;
  const [group] = await sql<{ id: string }[]>`
    insert into codev_groups (organization_id, programme_id, status, number, language, slot, published_at)
    values (${org.id}, ${programme.id}, 'published', 1, 'en', 'mon-19', now()) returning id`;
  const members = [
    { p: facilitator, role: "facilitator" },
    { p: presenter, role: "participant" },
    { p: participant, role: "participant" },
  ];
  for (const { p, role } of members) {
    await sql`insert into codev_group_members (organization_id, group_id, membership_id, role) values (${org.id}, ${group.id}, ${p.membershipId}, ${role})`;
  }
  // A month ahead: the worker's own sweep (real time, every minute) has nothing to send for them.
  const first = new Date(Date.now() + 30 * DAY);
  first.setUTCHours(17, 0, 0, 0);
  const [series] = await sql<{ id: string }[]>`
    insert into meeting_series (organization_id, owner_type, owner_id, title, organizer_membership_id, time_zone, cadence_weeks, session_count, first_date, start_time, duration_minutes, place)
    values (${org.id}, 'group', ${group.id}, ${`E2E intervision ${tag}`}, ${facilitator.membershipId}, 'Europe/Amsterdam', 3, 2, ${first.toISOString().slice(0, 10)}, '19:00', 120, 'Room 4')
    returning id`;
  await sql`update codev_groups set series_id = ${series.id} where id = ${group.id}`;
  const sessions: { id: string; startsAt: Date }[] = [];
  for (const [i, presenterOf] of [presenter, participant].entries()) {
    const startsAt = new Date(first.getTime() + i * 21 * DAY);
    const [row] = await sql<{ id: string }[]>`
      insert into meeting_sessions (organization_id, series_id, starts_at, time_zone, duration_minutes, place, ics_uid, case_presenter_membership_id)
      values (${org.id}, ${series.id}, ${startsAt}, 'Europe/Amsterdam', 120, 'Room 4', ${`${randomUUID()}@kring`}, ${presenterOf.membershipId})
      returning id`;
    for (const { p } of members) await sql`insert into meeting_participants (organization_id, session_id, membership_id) values (${org.id}, ${row.id}, ${p.membershipId})`;
    sessions.push({ id: row.id, startsAt });
  }
  return { programmeId: programme.id, groupId: group.id, sessions };
}

/** Opens the group page and follows one of a session's links there (the session of `presenterName`). */
async function fromGroupPage(page: Page, groupId: string, presenterName: string, link: string) {
  await page.goto(`/groups/${groupId}`);
  const session = page.getByRole("region", { name: "Sessions" }).getByRole("listitem").filter({ hasText: presenterName });
  await session.getByRole("link", { name: link }).click();
}

test("a co-development session: case preparation, the case-ready email, running the steps, actions, learning and feedback", async ({ browser }) => {
  const sql = e2eSql();
  const facilitator = await person(browser, "facilitator");
  const presenter = await person(browser, "member");
  const participant = await person(browser, "member");
  const admin = await person(browser, "admin");
  const { programmeId, groupId, sessions } = await arrangeGroup(facilitator, presenter, participant);
  const [first, second] = sessions;
  const base = `/groups/${groupId}/sessions/${first.id}`;
  const caseTitle = `A team that stopped talking ${randomBytes(3).toString("hex")}`;
  const question = "How can I get my team to talk to each other again?";

  // A week before the session the presenter is asked to prepare the case, with a link to the form.
  expect((await sweep(facilitator.page, programmeId, new Date(first.startsAt.getTime() - 7 * DAY + HOUR))).codev).toMatchObject({ casePrep: 1 });
  const prepLink = await outboxLink(presenter.page, presenter.email, "/case");
  expect(prepLink).toContain(`${base}/case`);
  await presenter.page.goto(prepLink);
  await expect(presenter.page.getByRole("heading", { level: 1, name: "The case" })).toBeVisible();
  await expect(presenter.page.getByText("You bring the case at this session.")).toBeVisible();
  await presenter.page.getByLabel("Title", { exact: true }).fill(caseTitle);
  await presenter.page.getByLabel("Context", { exact: true }).fill("Since the reorganisation my team avoids meetings and talks only through me.");
  await presenter.page.getByLabel("What I have tried (optional)").fill("One-to-ones with everyone.");
  await presenter.page.getByLabel("My question", { exact: true }).fill(question);
  await presenter.page.getByLabel("What help I want (optional)").fill("Experiences from your own teams.");
  await presenter.page.getByRole("button", { name: "Save draft" }).click();
  await expect(presenter.page.getByText("Saved as a draft. The group reads it once it is marked ready.")).toBeVisible();

  // The group does not read a draft: the group page offers no case to read, and its address shows none.
  await participant.page.goto(`/groups/${groupId}`);
  await expect(participant.page.getByRole("link", { name: "Follow the session" })).toBeVisible();
  await expect(participant.page.getByRole("link", { name: "Read the case" })).toHaveCount(0);
  await participant.page.goto(`${base}/case`);
  await expect(participant.page.getByText(`${presenter.name} is preparing the case. You can read it here once it is ready.`)).toBeVisible();
  await expect(participant.page.getByText(caseTitle)).toHaveCount(0);

  // The facilitator reads the draft from the group page and marks it ready.
  await fromGroupPage(facilitator.page, groupId, presenter.name, "Review the case");
  await expect(facilitator.page).toHaveURL(new RegExp(`${base}/case$`));
  await expect(facilitator.page.getByRole("heading", { name: caseTitle })).toBeVisible();
  await facilitator.page.getByRole("button", { name: "Mark as ready for the group" }).click();
  await expect(facilitator.page.getByText("This case is ready: the whole group can read it.")).toBeVisible();

  // Two days before, the group is told that the case is ready, and reads it from the email's link.
  expect((await sweep(facilitator.page, programmeId, new Date(first.startsAt.getTime() - 2 * DAY + HOUR))).codev).toMatchObject({ caseReady: 1 });
  await deliveredEmail(participant.email, "codev-case-ready");
  const readyLink = await outboxLink(participant.page, participant.email, "/case");
  await participant.page.goto(readyLink);
  await expect(participant.page.getByRole("heading", { name: caseTitle })).toBeVisible();
  await expect(participant.page.getByText(question)).toBeVisible();
  // No email carries the case: links only.
  const mails = await sql<{ subject: string | null; text: string | null; props: unknown }[]>`
    select subject, text, props from email_messages where to_address = any(${[presenter.email, participant.email, facilitator.email]})`;
  expect(mails.length).toBeGreaterThanOrEqual(2);
  for (const mail of mails) {
    for (const part of [mail.subject ?? "", mail.text ?? "", JSON.stringify(mail.props)]) {
      expect(part).not.toContain(caseTitle);
      expect(part).not.toContain(question);
    }
  }

  // The facilitator runs the session: every step with the runner's buttons, attendance on the way.
  const run = facilitator.page;
  await fromGroupPage(run, groupId, presenter.name, "Run the session");
  await expect(run).toHaveURL(new RegExp(`${base}/run$`));
  await expect(run.getByRole("heading", { level: 1, name: "The session, step by step" })).toBeVisible();
  await run.getByRole("button", { name: "Start the session" }).click();
  await expect(run.getByRole("heading", { level: 2, name: STEPS[0], exact: true })).toBeVisible();
  await expect(run.getByRole("timer")).toBeVisible();
  await expect(run.getByRole("complementary").getByRole("heading", { name: caseTitle })).toBeVisible();
  await run.getByRole("button", { name: "Pause" }).click();
  await expect(run.getByText("Paused", { exact: true })).toBeVisible();
  await run.getByRole("button", { name: "Resume" }).click();
  await expect(run.getByRole("button", { name: "Pause" })).toBeVisible();

  const attendance = run.getByRole("region", { name: "Attendance" });
  for (const p of [facilitator, presenter, participant]) await attendance.getByRole("group", { name: p.name }).getByRole("radio", { name: "Present" }).check();
  await attendance.getByRole("button", { name: "Save attendance" }).click();
  await expect(attendance.getByText("Attendance saved.")).toBeVisible();

  // The participants follow on their own screens; the group page now offers the case too.
  await participant.page.goto(`/groups/${groupId}`);
  await expect(participant.page.getByRole("link", { name: "Read the case" })).toBeVisible();
  await fromGroupPage(participant.page, groupId, presenter.name, "Follow the session");
  await expect(participant.page.getByRole("heading", { level: 2, name: STEPS[0], exact: true })).toBeVisible();
  await expect(participant.page.getByRole("button", { name: "Next step" })).toHaveCount(0);

  for (const step of STEPS.slice(1)) {
    await run.getByRole("button", { name: "Next step" }).click();
    await expect(run.getByRole("heading", { level: 2, name: step, exact: true })).toBeVisible();
    // The presenter records the action plan during the synthesis.
    if (step === "Synthesis and action plan") {
      await fromGroupPage(presenter.page, groupId, presenter.name, "Follow the session");
      const plan = presenter.page.getByRole("region", { name: "Your action plan" });
      await plan.getByLabel("Action", { exact: true }).fill("Hold a team day on how we work together");
      await plan.getByRole("button", { name: "Add action" }).click();
      await expect(plan.getByText("Hold a team day on how we work together")).toBeVisible();
    }
  }

  // The participant writes what they learned, on the runner they follow.
  const learning = participant.page.getByRole("region", { name: "What I learned" });
  await learning.getByLabel("What I take away").fill("Ask before advising.");
  await learning.getByRole("button", { name: "Save" }).click();
  await expect(learning.getByText("Saved.")).toBeVisible();

  await run.getByRole("button", { name: "End the session" }).click();
  await expect(run.getByRole("heading", { level: 2, name: "The session has ended" })).toBeVisible();
  await expect.poll(async () => (await sql`select status from meeting_sessions where id = ${first.id}`)[0].status).toBe("held");

  // Everyone who came gets the feedback email; the participant answers from its link.
  for (const p of [facilitator, presenter, participant]) await deliveredEmail(p.email, "codev-feedback");
  const feedbackLink = await outboxLink(participant.page, participant.email, "/feedback");
  await participant.page.goto(feedbackLink);
  await expect(participant.page.getByRole("heading", { level: 1, name: "Feedback on the session" })).toBeVisible();
  await participant.page.getByRole("radio", { name: "4" }).check();
  await participant.page.getByLabel("Comment (optional)").fill("Good questions, clear steps.");
  await participant.page.getByRole("button", { name: "Send feedback" }).click();
  await expect(participant.page.getByText("You gave this session 4 out of 5. Thank you.")).toBeVisible();
  // Only the facilitator reads the answers.
  await expect(participant.page.getByRole("heading", { name: "Answers of the group" })).toHaveCount(0);
  await fromGroupPage(facilitator.page, groupId, presenter.name, "Read the feedback");
  await expect(facilitator.page.getByRole("heading", { name: "Answers of the group" })).toBeVisible();
  await expect(facilitator.page.getByText("Good questions, clear steps.")).toBeVisible();

  // The next session opens with the last presenter's actions.
  await fromGroupPage(facilitator.page, groupId, participant.name, "Run the session");
  await expect(facilitator.page).toHaveURL(new RegExp(`/groups/${groupId}/sessions/${second.id}/run$`));
  await expect(facilitator.page.getByRole("heading", { name: "Actions from the last session" })).toBeVisible();
  await expect(facilitator.page.getByText("Hold a team day on how we work together")).toBeVisible();
  await facilitator.page.getByRole("button", { name: "Start the session" }).click();
  await expect(facilitator.page.getByRole("heading", { level: 2, name: STEPS[0], exact: true })).toBeVisible();
  await expect(facilitator.page.getByText("Hold a team day on how we work together")).toBeVisible();

  // An admin of the organisation who is not in the group: the not-found page, for the case and the runner.
  for (const page of ["case", "run"]) {
    const response = await admin.page.goto(`${base}/${page}`);
    expect(response?.status()).toBe(404);
    await expect(admin.page.getByText(caseTitle)).toHaveCount(0);
  }
});
