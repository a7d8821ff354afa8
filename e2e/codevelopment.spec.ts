import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { APP_URL, createDemoPersonWithName, expect, expectAccessible, outboxLink, signInAs, test } from "./support/fixtures";

// Issue 6's walk-through: an admin creates and opens a co-development programme; 14 participants and 2
// volunteer facilitators sign up on its page, agreeing to the charter; the admin forms the groups, sees a
// move refused by the reporting-line rule, moves one person, assigns the facilitators (one refused for the
// same reason) and publishes, which plans the sessions and tells everyone; the test clock (/dev/sweep) sends
// the first presenter the case-preparation email, the presenter writes the case from its link, the
// facilitator comments and marks it ready, and a later sweep tells the group (links only). The facilitator
// runs every step of the method on the runner, with Playwright's clock for the countdown (a step runs out
// and the end-of-step signal shows), takes attendance and a note; the presenter records an action with a
// date; participants write what they learned and give feedback; the next session opens with the actions.
// Every email comes in its reader's language. An admin outside the group gets the not-found page for the
// group, the case, the runner (with its notes) and the feedback, and finds the case nowhere else.
//
// The walk is ten tests in a row (serial: each starts from the state the one before left, in the same
// browser, and a failure skips the rest), each with its own time limit and named steps inside, so that a
// failure says which stage broke instead of "timeout".

test.use({ locale: "en-GB" });
test.describe.configure({ mode: "serial", timeout: 90_000 });

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ZONE = "Europe/Amsterdam";
const STEPS = ["Opening", "Presentation", "Clarifying questions", "The request", "Consultation", "Synthesis and action plan", "Learning"];
const DEPARTMENTS = ["Finance", "HR", "IT", "Legal"];

// Everyone can meet on the first weekday at least two days ahead, 09:00–11:00 in Amsterdam (and for an hour
// in the afternoon, too short for a session): the groups meet then, so the first sessions fall 8 to 12 days
// after publishing, and the worker's own sweep (real time) sends none of their emails while the test runs;
// the test clock does.
const weekday = (date: Date, style: "short" | "long") => new Intl.DateTimeFormat("en-GB", { weekday: style, timeZone: ZONE }).format(date);
const slotDate = (() => {
  let date = new Date(Date.now() + 2 * DAY);
  while (["Sat", "Sun"].includes(weekday(date, "short"))) date = new Date(date.getTime() + DAY);
  return date;
})();
const SLOT_DAY = weekday(slotDate, "short").toLowerCase();
const AVAILABILITY = [`${SLOT_DAY}-09`, `${SLOT_DAY}-10`, `${SLOT_DAY}-15`];

type Locale = "nl" | "en";
type Person = { email: string; name: string; membershipId: string; context: BrowserContext; page: Page };
type Mail = { subject: string; locale: string; text: string };

async function person(browser: Browser, role: "member" | "admin", department: string, options: { viewport?: { width: number; height: number } } = {}): Promise<Person> {
  const { email, name } = await createDemoPersonWithName({ role, locale: "en" });
  const [{ id }] = await e2eSql()<{ id: string }[]>`
    update memberships set availability = ${AVAILABILITY}, department = ${department}, languages = '{nl,en}', manager_membership_id = null
    where email = ${email} returning id`;
  const context = await browser.newContext({ locale: "en-GB", viewport: options.viewport });
  const page = await context.newPage();
  await signInAs(page, email);
  return { email, name, membershipId: id, context, page };
}

/** The newest delivered email of a template to one address, once the worker has sent it. */
async function delivered(to: string, template: string): Promise<Mail> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const [row] = await e2eSql()<Mail[]>`
      select subject, locale, text from email_messages where to_address = ${to} and template = ${template} and status = 'delivered'
      order by created_at desc limit 1`;
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no ${template} email reached ${to}`);
}

const languageOf = async (email: string): Promise<Locale> =>
  (await e2eSql()<{ locale: Locale }[]>`select coalesce(u.locale, 'nl') as locale from users u where u.email = ${email}`)[0].locale;

// Each request on a connection of its own: a kept-alive one may be closed by the server (after five idle
// seconds) just as the next request goes out on it ("socket hang up").
const oneOff = { connection: "close" };

async function sweep(page: Page, programmeId: string, at: Date) {
  const response = await page.request.post(`${APP_URL}/dev/sweep`, { data: { programmeId, at: at.toISOString() }, headers: { origin: APP_URL, ...oneOff } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { codev: Record<string, number> }).codev;
}

type GroupRow = { id: string; number: number; status: string; participants: string[]; facilitator: string | null };
const groupsOf = (programmeId: string) =>
  e2eSql()<GroupRow[]>`
    select g.id, g.number, g.status,
      coalesce(array_agg(m.membership_id::text order by m.membership_id) filter (where m.role = 'participant'), '{}') as participants,
      (array_agg(m.membership_id::text) filter (where m.role = 'facilitator'))[1] as facilitator
    from codev_groups g left join codev_group_members m on m.group_id = g.id
    where g.programme_id = ${programmeId} group by g.id order by g.number`;

type SessionRow = { id: string; startsAt: Date; presenter: string; status: string };
const sessionsOf = (groupId: string) =>
  e2eSql()<SessionRow[]>`
    select s.id, s.starts_at as "startsAt", s.case_presenter_membership_id as presenter, s.status
    from meeting_sessions s join codev_groups g on g.series_id = s.series_id where g.id = ${groupId} order by s.starts_at`;

/** Opens the group page and follows one of a session's links there (the session of `presenterName`). */
async function fromGroupPage(page: Page, groupId: string, presenterName: string, link: string) {
  await page.goto(`/groups/${groupId}`);
  const session = page.getByRole("region", { name: "Sessions" }).getByRole("listitem").filter({ hasText: presenterName });
  await session.getByRole("link", { name: link }).click();
}

// What the stages hand on to each other.
const title = `E2E intervision ${randomBytes(3).toString("hex")}`;
const slotLabel = `${weekday(slotDate, "long")}s 09:00`;
let admin: Person;
let programmeId: string;
const participants: Person[] = [];
const facilitators: Person[] = [];
const everyone: Person[] = [];
const byId = (membershipId: string) => everyone.find((p) => p.membershipId === membershipId)!;
const groupOf = (groups: GroupRow[], p: Person) => groups.find((g) => g.participants.includes(p.membershipId))!;
const groupCard = (number: number) => admin.page.getByRole("listitem").filter({ has: admin.page.getByRole("heading", { level: 3, name: `Group ${number}`, exact: true }) });
let afterMove: GroupRow[];
const languages = new Map<string, Locale>();
let published: GroupRow[];
let reportsGroup: number;
// The group the walk follows from stage 5 on, its first two sessions and its people.
let group: GroupRow;
let facilitator: Person;
let firstSession: SessionRow;
let secondSession: SessionRow;
let presenter: Person;
let nextPresenter: Person;
let members: Person[];
let others: Person[];
let reader: Person;
let learner: Person;
let away: Person;
let base: string;
const caseTitle = `A team that stopped talking ${randomBytes(3).toString("hex")}`;
const question = `How can I get my team to talk to each other again (${randomBytes(3).toString("hex")})?`;
// The runner's screen and the phone that follows it, from stage 6 on.
let run: Page;
let phone: BrowserContext | undefined;
let follower: Page;
const note = `The team lost its weekly meeting in the reorganisation ${randomBytes(3).toString("hex")}.`;
const action = `Hold a team day on how we work together ${randomBytes(3).toString("hex")}`;
let due: string;
let dueWords: string;
let learned: [Page, string][];

test.afterAll(async () => {
  for (const p of [...(admin ? [admin] : []), ...everyone]) await p.context.close();
  await phone?.close();
});

test("stage 1: the admin creates the programme, gives the presentation two more minutes and opens sign-up", async ({ browser }) => {
  const sql = e2eSql();
  // The admin creates the programme (groups of 5 to 8, every 3 weeks, a facilitator per group), gives the
  // presentation two more minutes, and opens sign-up.
  admin = await person(browser, "admin", "HR");
  await test.step("the new programme's form", async () => {
    await admin.page.goto("/admin/programmes");
    await admin.page.getByRole("link", { name: "New co-development programme" }).click();
    await expect(admin.page).toHaveURL(/\/admin\/programmes\/new\/codevelopment$/);
    const dutch = admin.page.getByRole("group", { name: "Dutch", exact: true });
    await dutch.getByLabel("Name").fill(`${title} (nl)`);
    await dutch.getByLabel("Description").fill("Leidinggevenden helpen elkaar in kleine groepen.");
    const english = admin.page.getByRole("group", { name: "English", exact: true });
    await english.getByLabel("Name").fill(title);
    await english.getByLabel("Description").fill("Managers help each other in small groups.");
    const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
    await admin.page.getByLabel("First day of sign-up").fill(day(0));
    await admin.page.getByLabel("Last day of sign-up").fill(day(14));
    await admin.page.getByLabel("Largest group").fill("8");
    await admin.page.getByLabel("Weeks between sessions").fill("3");
    await admin.page.getByRole("radio", { name: /A facilitator per group/ }).check();
    await expect(admin.page.getByLabel("Method", { exact: true })).toHaveValue("codevelopment");
    await expectAccessible(admin.page);
    await admin.page.getByRole("button", { name: "Create as draft" }).click();
    await expect(admin.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(admin.page.getByText("Draft", { exact: true })).toBeVisible();
  });
  await test.step("the presentation gets 12 minutes", async () => {
    const presentation = admin.page.getByRole("group", { name: "Step 2: Presentation" });
    await presentation.getByLabel("Minutes").fill("12");
    await expect(admin.page.getByText("The steps take 92 minutes of a 120-minute session.")).toBeVisible();
    await admin.page.getByRole("button", { name: "Save the steps" }).click();
    await expect(admin.page.getByText("The steps are saved.")).toBeVisible();
  });
  await test.step("sign-up opens", async () => {
    await admin.page.getByRole("button", { name: "Open sign-up" }).click();
    await expect(admin.page.getByText("Sign-up is open.")).toBeVisible();
    await expectAccessible(admin.page);
    const [programme] = await sql<{ id: string; status: string; minutes: number; cadence: number; max: number }[]>`
      select id, status, (settings -> 'method' -> 'steps' -> 1 ->> 'minutes')::int as minutes, (settings ->> 'cadenceWeeks')::int as cadence,
        (settings ->> 'groupSizeMax')::int as max
      from programmes where name ->> 'en' = ${title}`;
    expect(programme).toMatchObject({ status: "open", minutes: 12, cadence: 3, max: 8 });
    programmeId = programme.id;
  });
});

test("stage 2: sixteen people, two of them managers of others; the first participant signs up in English only, after agreeing to the charter", async ({ browser }) => {
  const sql = e2eSql();
  // 14 participants from four departments and 2 volunteer facilitators. Two reporting lines in the
  // profiles: participant 0 manages participant 1, and facilitator 0 manages participant 2.
  await test.step("sixteen people, two reporting lines", async () => {
    // Side by side: each is a few statements and a browser context of their own.
    participants.push(...(await Promise.all(Array.from({ length: 14 }, (_, i) => person(browser, "member", DEPARTMENTS[i % DEPARTMENTS.length])))));
    facilitators.push(...(await Promise.all([person(browser, "member", "Finance"), person(browser, "member", "IT")])));
    await sql`update memberships set manager_membership_id = ${participants[0].membershipId} where id = ${participants[1].membershipId}`;
    await sql`update memberships set manager_membership_id = ${facilitators[0].membershipId} where id = ${participants[2].membershipId}`;
    everyone.push(...participants, ...facilitators);
  });

  // The first participant finds the programme in the list, checks the profile it shows, takes part in
  // English only, and learns that nothing is saved without agreeing to the charter.
  await test.step("the first participant signs up in English only, and only after agreeing to the charter", async () => {
    const first = participants[0].page;
    await first.goto("/programmes");
    await first.getByRole("heading", { name: title }).getByRole("link").click();
    await expect(first.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(first.getByText("Every 3 weeks, 120 minutes")).toBeVisible();
    await expect(first.getByText(`${weekday(slotDate, "short")} 09:00–11:00, 15:00–16:00`)).toBeVisible();
    await first.getByRole("radio", { name: /As a participant/ }).check();
    await first.getByRole("checkbox", { name: "These are the languages I can have a session in" }).check();
    await first.getByRole("checkbox", { name: "This availability is up to date" }).check();
    const meetingLanguages = first.getByRole("group", { name: "In which of this programme's languages can you take part?" });
    await expect(meetingLanguages.getByRole("checkbox", { name: "English" })).toBeChecked();
    await meetingLanguages.getByRole("checkbox", { name: "Dutch" }).uncheck();
    await first.getByRole("button", { name: "Sign up", exact: true }).click();
    await expect(first.locator("#charter-error")).toHaveText("To take part, agree to the group charter.");
    await expect(first.getByRole("checkbox", { name: "I agree to the group charter" })).toHaveAttribute("aria-invalid", "true");
    await expect(first.getByText("What is shared in the group stays in the group", { exact: false })).toBeVisible();
    await first.getByRole("checkbox", { name: "I agree to the group charter" }).check();
    await first.getByRole("button", { name: "Sign up", exact: true }).click();
    await expect(first.getByRole("heading", { name: "You are signed up as participant" })).toBeVisible();
    await expectAccessible(first);
  });
});

test("stage 3: the others sign up on the programme page, four at a time, each agreeing to the charter", async () => {
  const sql = e2eSql();
  // The others sign up on the programme page, four at a time (each in their own browser).
  const signUp = async (p: Person, role: "participant" | "facilitator") => {
    await p.page.goto(`/programmes/${programmeId}`);
    await p.page.getByRole("radio", { name: role === "participant" ? /As a participant/ : /As a volunteer facilitator/ }).check();
    await p.page.getByRole("checkbox", { name: "These are the languages I can have a session in" }).check();
    await p.page.getByRole("checkbox", { name: "This availability is up to date" }).check();
    await p.page.getByRole("checkbox", { name: "I agree to the group charter" }).check();
    await p.page.getByRole("button", { name: "Sign up", exact: true }).click();
    await expect(p.page.getByRole("heading", { name: `You are signed up as ${role}` })).toBeVisible();
  };
  const queue: [Person, "participant" | "facilitator"][] = [
    ...participants.slice(1).map((p) => [p, "participant"] as [Person, "participant"]),
    ...facilitators.map((p) => [p, "facilitator"] as [Person, "facilitator"]),
  ];
  for (let i = 0; i < queue.length; i += 4) {
    const batch = queue.slice(i, i + 4);
    await test.step(`people ${i + 2} to ${i + 1 + batch.length} of 16 sign up`, async () => {
      await Promise.all(batch.map(([p, role]) => signUp(p, role)));
    });
  }

  await test.step("sixteen enrolments, each with the charter agreed and its languages", async () => {
    const enrolled = await sql<{ membershipId: string; role: string; agreed: boolean; languages: string[] }[]>`
      select e.membership_id as "membershipId", e.role, (e.answers -> 'charter' ->> 'agreedAt') is not null as agreed,
        array(select jsonb_array_elements_text(e.answers -> 'languages') order by 1) as languages
      from enrolments e where e.programme_id = ${programmeId} and e.status = 'active'`;
    expect(enrolled).toHaveLength(16);
    for (const row of enrolled) {
      const facilitating = facilitators.some((f) => f.membershipId === row.membershipId);
      const englishOnly = row.membershipId === participants[0].membershipId;
      expect(row).toEqual({ membershipId: row.membershipId, role: facilitating ? "facilitator" : "participant", agreed: true, languages: englishOnly ? ["en"] : ["en", "nl"] });
    }
  });
});

test("stage 4: the admin forms the groups; a move across a reporting line is refused, one person moves", async () => {
  // The admin closes sign-up and forms the groups from the programme's page: two groups, everyone placed,
  // meeting at the shared time; managers and their reports apart.
  let proposed: GroupRow[] = [];
  await test.step("sign-up closes and the groups are formed", async () => {
    await admin.page.getByRole("button", { name: "Close sign-up" }).click();
    await expect(admin.page.getByText("Sign-up is closed.", { exact: true })).toBeVisible();
    await admin.page.getByRole("link", { name: "Form groups" }).click();
    await expect(admin.page).toHaveURL(new RegExp(`/admin/programmes/${programmeId}/groups$`));
    await expect(admin.page.getByText("No proposal yet. Form the groups to see one.")).toBeVisible();
    await admin.page.getByRole("button", { name: "Form groups" }).click();
    await expect(admin.page.getByRole("heading", { name: "Proposed groups" })).toBeVisible();
    await expect(admin.page.getByText("14 of 14 participants (100%)")).toBeVisible();
    await expect(admin.page.getByText("Every participant has a group.")).toBeVisible();
    for (const number of [1, 2]) {
      await expect(groupCard(number).getByText(slotLabel)).toBeVisible();
      // The department mix: counts of more than one department.
      await expect(groupCard(number).getByRole("definition").filter({ hasText: /^\w+: \d( · \w+: \d)+$/ })).toBeVisible();
    }
    await expectAccessible(admin.page);
    proposed = await groupsOf(programmeId);
    expect(proposed).toHaveLength(2);
    expect(groupOf(proposed, participants[0]).number).not.toBe(groupOf(proposed, participants[1]).number);
    await expect(groupCard(groupOf(proposed, participants[0]).number).getByRole("definition").filter({ hasText: /^English$/ })).toBeVisible();
  });

  // Moving the report into their manager's group is refused, naming the rule, and changes nothing.
  await test.step("moving a report into their manager's group is refused", async () => {
    const report = participants[1];
    const managersGroup = groupOf(proposed, participants[0]).number;
    const reportsCard = groupCard(groupOf(proposed, report).number);
    await reportsCard.getByLabel(`Move ${report.name} to`).selectOption({ label: `Group ${managersGroup}` });
    await reportsCard.getByRole("button", { name: `Move: ${report.name}` }).click();
    await expect(admin.page.getByText("Refused (reporting line): the group would hold a manager and their direct report.")).toBeVisible();
    expect(await groupsOf(programmeId)).toEqual(proposed);
  });

  // One person moves from a group of at least seven to the other: taken out first, the page says where they
  // would fit, then placed.
  await test.step("one person is taken out of a group and placed in the other", async () => {
    const [from, to] = proposed[0].participants.length >= proposed[1].participants.length ? [proposed[0], proposed[1]] : [proposed[1], proposed[0]];
    const moved = from.participants.map(byId).find((p) => ![participants[0], participants[1], participants[2]].includes(p))!;
    await groupCard(from.number).getByLabel(`Move ${moved.name} to`).selectOption({ label: "Outside the groups" });
    await groupCard(from.number).getByRole("button", { name: `Move: ${moved.name}` }).click();
    const outside = admin.page.getByRole("region", { name: "Participants without a group" });
    await expect(outside.getByText(moved.name, { exact: true })).toBeVisible();
    await expect(outside.getByText("Taken out by hand; fits Group 1 or Group 2 as it is.")).toBeVisible();
    await expect(admin.page.getByText("13 of 14 participants (93%)")).toBeVisible();
    await outside.getByLabel(`Move ${moved.name} to`).selectOption({ label: `Group ${to.number}` });
    await outside.getByRole("button", { name: `Move: ${moved.name}` }).click();
    await expect(groupCard(to.number).getByRole("button", { name: `Move: ${moved.name}` })).toBeVisible();
    await expect(groupCard(from.number).getByRole("button", { name: `Move: ${moved.name}` })).toHaveCount(0);
    afterMove = await groupsOf(programmeId);
    expect(groupOf(afterMove, moved).number).toBe(to.number);
    expect(afterMove.find((g) => g.number === from.number)!.participants).toHaveLength(from.participants.length - 1);
    await expect(admin.page.getByText("Every participant has a group.")).toBeVisible();
  });
});

test("stage 5: facilitators are assigned, one refused by the reporting line; publishing plans the sessions and tells everyone in their language", async () => {
  const sql = e2eSql();
  // Facilitator 0 may not lead the group of their own report (participant 2): refused, then the other group.
  await test.step("facilitator 0 is refused for their report's group; both groups get a facilitator", async () => {
    reportsGroup = groupOf(afterMove, participants[2]).number;
    const otherGroup = 3 - reportsGroup;
    const facilitatorOf = new Map([
      [otherGroup, facilitators[0]],
      [reportsGroup, facilitators[1]],
    ]);
    const chooseFacilitator = async (number: number, facilitator: Person) => {
      await groupCard(number).getByRole("combobox", { name: `Facilitator of group ${number}` }).selectOption({ label: facilitator.name });
      await groupCard(number).getByRole("button", { name: `Save: Facilitator of group ${number}` }).click();
    };
    await chooseFacilitator(reportsGroup, facilitators[0]);
    await expect(admin.page.getByText("Refused (reporting line): the facilitator would lead their own manager or direct report.")).toBeVisible();
    await expect(groupCard(reportsGroup).getByRole("definition").filter({ hasText: "No facilitator yet" })).toBeVisible();
    for (const [number, facilitator] of facilitatorOf) {
      await chooseFacilitator(number, facilitator);
      await expect(groupCard(number).getByRole("definition").filter({ hasText: facilitator.name })).toBeVisible();
    }
  });

  // A few people read Kring in Dutch: the facilitator of the group that is not followed below, and in each
  // group the member who presents last (the rotation goes in name order). Their emails must come in Dutch.
  await test.step("three people read Kring in Dutch; nobody has been told anything yet", async () => {
    const proposal = await groupsOf(programmeId);
    const lastInNameOrder = (group: GroupRow) => group.participants.map(byId).sort((a, b) => (a.name < b.name ? 1 : -1))[0];
    const dutchReaders = [facilitators[0], ...proposal.map(lastInNameOrder)];
    await sql`update users set locale = 'nl' where email = any(${dutchReaders.map((p) => p.email)})`;
    for (const p of everyone) languages.set(p.email, await languageOf(p.email));
    expect([...languages.values()].filter((l) => l === "nl")).toHaveLength(3);

    // Nobody has been told anything about the groups yet (the organisation's news that a programme opened
    // its sign-up goes to every member, and the other tests open programmes of this organisation).
    const [{ count: before }] = await sql<{ count: number }[]>`select count(*)::int as count from email_messages where to_address = any(${everyone.map((p) => p.email)}) and template <> 'programme-signup-open'`;
    expect(before).toBe(0);
  });

  // Publishing, after confirming, plans each group's sessions (one per member, every three weeks at the
  // group's time, everyone presenting once) and tells every member and facilitator in their language.
  await test.step("publishing, after confirming", async () => {
    await admin.page.getByRole("button", { name: "Publish groups" }).click();
    await expect(admin.page.getByText(/^Publish these 2 groups\?/)).toBeVisible();
    await admin.page.getByRole("button", { name: "Yes, publish" }).click();
    await expect(admin.page.getByText("Published. Everyone has been told.")).toBeVisible();
    await expect(admin.page.getByRole("heading", { name: "Published groups" })).toBeVisible();
    published = await groupsOf(programmeId);
    expect(published.map((g) => g.status)).toEqual(["published", "published"]);
  });
  for (const group of published) {
    await test.step(`group ${group.number}: one session per member every three weeks, and every member and its facilitator told in their language`, async () => {
      const sessions = await sessionsOf(group.id);
      expect(sessions).toHaveLength(group.participants.length);
      expect(new Set(sessions.map((s) => s.presenter))).toEqual(new Set(group.participants));
      expect(sessions[0].startsAt.getTime()).toBeGreaterThan(Date.now() + 7 * DAY);
      const local = new Intl.DateTimeFormat("en-GB", { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: ZONE });
      for (const [i, session] of sessions.entries()) {
        expect(local.format(session.startsAt)).toBe(`${weekday(slotDate, "short")} 09:00`);
        expect(Math.round((session.startsAt.getTime() - sessions[0].startsAt.getTime()) / DAY)).toBe(i * 21);
      }
      const names = [...group.participants.map((id) => byId(id).name), byId(group.facilitator!).name];
      for (const id of [...group.participants, group.facilitator!]) {
        const reader = byId(id);
        const mail = await delivered(reader.email, "group-published");
        expect(mail.locale).toBe(languages.get(reader.email));
        const role = id === group.facilitator ? "facilitator" : "participant";
        const subject = {
          en: { participant: `You are in group ${group.number} of ${title}`, facilitator: `You facilitate group ${group.number} of ${title}` },
          nl: { participant: `Je zit in groep ${group.number} van ${title} (nl)`, facilitator: `Je begeleidt groep ${group.number} van ${title} (nl)` },
        }[mail.locale as Locale][role];
        expect(mail.subject).toBe(subject);
        for (const name of names) expect(mail.text).toContain(name);
        expect((await delivered(reader.email, "session-invitation")).locale).toBe(languages.get(reader.email));
      }
    });
  }
});

test("stage 6: the presenter writes the case from the preparation email; the facilitator marks it ready; the group is told and reads it", async () => {
  const sql = e2eSql();
  // From here on, the walk follows the group of the report (facilitated by facilitator 1).
  group = published.find((g) => g.number === reportsGroup)!;
  facilitator = facilitators[1];
  expect(group.facilitator).toBe(facilitator.membershipId);
  [firstSession, secondSession] = await sessionsOf(group.id);
  presenter = byId(firstSession.presenter);
  nextPresenter = byId(secondSession.presenter);
  members = group.participants.map(byId);
  others = members.filter((p) => p !== presenter);
  expect(languages.get(presenter.email)).toBe("en");
  expect(languages.get(facilitator.email)).toBe("en");
  // Three members who read Kring in English write what they learned and give feedback; one is away.
  [reader, learner, away] = others.filter((p) => p !== nextPresenter && languages.get(p.email) === "en");
  expect(away).toBeDefined();
  base = `/groups/${group.id}/sessions/${firstSession.id}`;

  // The presenter opens their group from the navigation: the members, the facilitator and the sessions.
  await test.step("the presenter opens their group from the navigation", async () => {
    await presenter.page.goto("/dashboard");
    await presenter.page.getByRole("navigation").getByRole("link", { name: "Groups" }).click();
    await expect(presenter.page.getByRole("heading", { level: 1, name: "Your groups" })).toBeVisible();
    await presenter.page.getByRole("link", { name: `Open group ${group.number}` }).click();
    await expect(presenter.page).toHaveURL(new RegExp(`/groups/${group.id}$`));
    await expect(presenter.page.getByRole("heading", { level: 1, name: `Group ${group.number}` })).toBeVisible();
    await expect(presenter.page.getByText(`Meets ${slotLabel} (${ZONE})`)).toBeVisible();
    const people = presenter.page.getByRole("region", { name: "Members" });
    await expect(people.getByText(`${presenter.name} (you)`)).toBeVisible();
    await expect(people.getByText(facilitator.name)).toBeVisible();
    const schedule = presenter.page.getByRole("region", { name: "Sessions" });
    await expect(schedule.getByRole("listitem")).toHaveCount(members.length);
    for (const member of members) await expect(schedule.getByText(member.name)).toBeVisible();
    await expect(presenter.page.getByRole("heading", { name: "Swap your turn" })).toBeVisible();
    await expectAccessible(presenter.page);
  });

  // A week before the first sessions (both groups meet at the same time) their presenters are asked to
  // prepare the case, in their language, with a link to the one-page form, opened here from the outbox.
  await test.step("a week before, the presenter writes a draft from the case-preparation email", async () => {
    expect(await sweep(admin.page, programmeId, new Date(firstSession.startsAt.getTime() - 7 * DAY + HOUR))).toMatchObject({ casePrep: 2 });
    const prep = await delivered(presenter.email, "codev-case-prep");
    expect(prep.locale).toBe("en");
    expect(prep.subject).toMatch(/^Your turn: prepare your case for /);
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
    await expectAccessible(presenter.page);
    await presenter.page.getByRole("button", { name: "Save draft" }).click();
    await expect(presenter.page.getByText("Saved as a draft. The group reads it once it is marked ready.")).toBeVisible();
    const [stored] = await sql<{ status: string; title: string }[]>`select status, title from codev_cases where session_id = ${firstSession.id}`;
    expect(stored).toEqual({ status: "draft", title: caseTitle });
  });

  // The group does not read a draft: the group page offers no case to read, and its address shows none.
  await test.step("the group does not read a draft", async () => {
    await reader.page.goto(`/groups/${group.id}`);
    await expect(reader.page.getByRole("link", { name: "Follow the session" })).toBeVisible();
    await expect(reader.page.getByRole("link", { name: "Read the case" })).toHaveCount(0);
    await reader.page.goto(`${base}/case`);
    await expect(reader.page.getByText(`${presenter.name} is preparing the case. You can read it here once it is ready.`)).toBeVisible();
    await expect(reader.page.getByText(caseTitle)).toHaveCount(0);
  });

  // The facilitator reviews the draft from the group page, leaves a comment for the presenter, and marks it ready.
  await test.step("the facilitator comments for the presenter and marks the case ready", async () => {
    await fromGroupPage(facilitator.page, group.id, presenter.name, "Review the case");
    await expect(facilitator.page).toHaveURL(new RegExp(`${base}/case$`));
    await expect(facilitator.page.getByRole("heading", { name: caseTitle })).toBeVisible();
    await facilitator.page.getByLabel(`Comment for ${presenter.name}`).fill("Clear. Say what you want from the team in one sentence.");
    await facilitator.page.getByRole("button", { name: "Save comment" }).click();
    await expect(facilitator.page.getByText("Comment saved.")).toBeVisible();
    await facilitator.page.getByRole("button", { name: "Mark as ready for the group" }).click();
    await expect(facilitator.page.getByText("This case is ready: the whole group can read it.")).toBeVisible();
    await presenter.page.reload();
    await expect(presenter.page.getByRole("heading", { name: "Comment from the facilitator" })).toBeVisible();
    await expect(presenter.page.getByText("Say what you want from the team in one sentence.")).toBeVisible();
  });

  // Two days before, everyone else in the group is told in their language that the case is ready (a link,
  // never the content); a member reads it from the email's link. The other group's presenter has written
  // nothing: they and their facilitator hear that the case is late.
  await test.step("two days before, the group hears the case is ready and the other group that theirs is late", async () => {
    expect(await sweep(admin.page, programmeId, new Date(firstSession.startsAt.getTime() - 2 * DAY + HOUR))).toMatchObject({ caseReady: 1, caseLate: 1 });
    for (const p of [...others, facilitator]) {
      const mail = await delivered(p.email, "codev-case-ready");
      expect(mail.locale).toBe(languages.get(p.email));
      expect(mail.subject).toMatch(mail.locale === "nl" ? /^De casus voor .* staat klaar$/ : /^The case for .* is ready to read$/);
      expect(mail.text).toContain(presenter.name);
    }
    expect(await sql`select 1 from email_messages where template = 'codev-case-ready' and to_address = ${presenter.email}`).toHaveLength(0);
    const lateGroup = published.find((g) => g !== group)!;
    const latePresenter = byId((await sessionsOf(lateGroup.id))[0].presenter);
    for (const [p, en, nl] of [
      [latePresenter, /^Your case for .* is not ready yet$/, /^Je casus voor .* is nog niet klaar$/],
      [byId(lateGroup.facilitator!), /^The case of .* is not ready yet$/, /^De casus van .* is nog niet klaar$/],
    ] as const) {
      const mail = await delivered(p.email, "codev-case-late");
      expect(mail.locale).toBe(languages.get(p.email));
      expect(mail.subject).toMatch(mail.locale === "nl" ? nl : en);
    }
  });
  await test.step("a member reads the case from the email's link, without the facilitator's comment", async () => {
    const readyLink = await outboxLink(reader.page, reader.email, "/case");
    expect(readyLink).toContain(`${base}/case`);
    await reader.page.goto(readyLink);
    await expect(reader.page.getByRole("heading", { name: caseTitle })).toBeVisible();
    await expect(reader.page.getByText(question)).toBeVisible();
    // The facilitator's comment is for the presenter only.
    await expect(reader.page.getByText("Say what you want from the team in one sentence.")).toHaveCount(0);
  });
});

test("stage 7: the facilitator starts the session, takes attendance, and the step's time runs out with a gentle signal; the group follows, one on a phone", async ({ browser }) => {
  const sql = e2eSql();
  // The facilitator runs the session on the shared screen: Playwright's clock drives its countdown, and the
  // chime (switched on below) is counted as it sounds.
  run = facilitator.page;
  const chimes = () => run.evaluate(() => (window as unknown as { chimes: number }).chimes);
  const timer = run.getByRole("timer", { name: "Time left in this step" });
  await test.step("the runner starts on the first step, with the case beside it and the chime on", async () => {
    await run.clock.install();
    await run.addInitScript(() => {
      const counted = window as unknown as { AudioContext: typeof AudioContext; chimes: number };
      const Original = counted.AudioContext;
      counted.chimes = 0;
      if (!Original) return;
      counted.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          counted.chimes += 1;
        }
      };
    });
    await fromGroupPage(run, group.id, presenter.name, "Run the session");
    await expect(run).toHaveURL(new RegExp(`${base}/run$`));
    await expect(run.getByRole("heading", { level: 1, name: "The session, step by step" })).toBeVisible();
    await expect(run.getByRole("heading", { name: "Actions from the last session" })).toHaveCount(0);
    await run.getByRole("button", { name: "Start the session" }).click();
    await expect(run.getByRole("heading", { level: 2, name: STEPS[0], exact: true })).toBeVisible();
    await expect(run.getByText("Step 1 of 7 · 5 min")).toBeVisible();
    await expect(timer).toHaveText(/^(5:00|4:5\d)$/);
    await expect(run.getByRole("complementary").getByRole("heading", { name: caseTitle })).toBeVisible();
    await run.getByRole("checkbox", { name: "Chime when a step's time is up" }).check();
    await expect.poll(chimes).toBe(1);
    await expectAccessible(run);
  });

  // Attendance: everyone is there but one.
  await test.step("attendance: everyone is there but one", async () => {
    const attendance = run.getByRole("region", { name: "Attendance" });
    for (const p of [facilitator, ...members]) await attendance.getByRole("group", { name: p.name }).getByRole("radio", { name: p === away ? "Absent" : "Present" }).check();
    await attendance.getByRole("button", { name: "Save attendance" }).click();
    await expect(attendance.getByText("Attendance saved.")).toBeVisible();
    const marks = await sql<{ membershipId: string; attendance: string }[]>`
      select membership_id as "membershipId", attendance from meeting_participants where session_id = ${firstSession.id}`;
    expect(marks).toHaveLength(members.length + 1);
    for (const mark of marks) expect(mark.attendance).toBe(mark.membershipId === away.membershipId ? "absent" : "attended");
  });

  // Pausing stops the countdown; a minute later it reads four minutes or less; at five minutes the step's
  // time is up: the gentle signal shows (words, colour, an announcement) and the chime sounds once. The
  // screen re-reads the session every five seconds (for presses on other screens): what it shows keeps to
  // the time that passed, the step does not move on by itself, and the chime does not sound again.
  await test.step("pause, resume, and the step's time runs out: the signal shows and the chime sounds once", async () => {
    await run.getByRole("button", { name: "Pause" }).click();
    await expect(run.getByText("Paused", { exact: true })).toBeVisible();
    await run.getByRole("button", { name: "Resume" }).click();
    await expect(run.getByRole("button", { name: "Pause" })).toBeVisible();
    const signal = run.getByText("Time is up: move on when you are ready");
    const runPastReread = async () => {
      const reread = run.waitForResponse((r) => new URL(r.url()).pathname === `${base}/run` && r.request().headers()["rsc"] === "1", { timeout: 10_000 });
      await run.clock.runFor("00:05");
      await reread;
      // The countdown's next ticks, after the re-read is on the screen.
      await run.waitForTimeout(1_500);
    };
    await run.clock.runFor("01:00");
    await runPastReread();
    await expect(timer).toHaveText(/^([0-3]:\d\d|4:00)$/);
    await expect(signal).toHaveCount(0);
    await run.clock.fastForward("04:00");
    await expect(signal).toBeVisible();
    await expect(timer).toHaveText(/^\+\d+:\d\d$/);
    await expect(run.getByRole("status").filter({ hasText: "The time for Opening is up" })).toBeAttached();
    await expect.poll(chimes).toBe(2);
    await runPastReread();
    await expect(signal).toBeVisible();
    await expect(timer).toHaveText(/^\+\d+:\d\d$/);
    await expect(run.getByRole("heading", { level: 2, name: STEPS[0], exact: true })).toBeVisible();
    expect(await chimes()).toBe(2);
  });

  // The group follows on their own screens, one of them on a phone; the group page now offers the case.
  await test.step("a member follows on a phone, without the facilitator's controls", async () => {
    phone = await browser.newContext({ locale: "en-GB", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    follower = await phone.newPage();
    await signInAs(follower, learner.email);
    await follower.goto(`/groups/${group.id}`);
    await expect(follower.getByRole("link", { name: "Read the case" })).toBeVisible();
    await fromGroupPage(follower, group.id, presenter.name, "Follow the session");
    await expect(follower.getByRole("heading", { level: 2, name: STEPS[0], exact: true })).toBeVisible();
    await expect(follower.getByRole("timer")).toBeVisible();
    await expect(follower.getByRole("button", { name: "Next step" })).toHaveCount(0);
    await expect(follower.getByRole("region", { name: "Attendance" })).toHaveCount(0);
    expect(await follower.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test("stage 8: the session goes through every step: a note, the presenter's action plan, what people learned; then it ends", async () => {
  const sql = e2eSql();
  // Next, through every step: each starts with its own full time; notes, the action plan and what people
  // learned are written on the way.
  const timer = run.getByRole("timer", { name: "Time left in this step" });
  due = new Date(secondSession.startsAt.getTime() - 7 * DAY).toISOString().slice(0, 10);
  dueWords = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${due}T00:00:00Z`));
  learned = [
    [presenter.page, "Ask the team before deciding for them."],
    [reader.page, "Ask before advising."],
    [follower, "Facts first, hypotheses later."],
  ];
  for (const [index, step] of STEPS.entries()) {
    await test.step(`step ${index + 1}: ${step}`, async () => {
      if (index > 0) {
        await run.getByRole("button", { name: "Next step" }).click();
        await expect(run.getByRole("heading", { level: 2, name: step, exact: true })).toBeVisible();
      }
      await expect(run.getByText(`Step ${index + 1} of 7 · `)).toBeVisible();
      if (step === "Presentation") {
        await expect(run.getByText("Step 2 of 7 · 12 min")).toBeVisible();
        await expect(timer).toHaveText(/^(12:00|11:5\d)$/);
        await expect(run.getByText("Time is up: move on when you are ready")).toHaveCount(0);
      }
      if (step === "Consultation") {
        await run.getByLabel("Add a note to this step").fill(note);
        await run.getByRole("button", { name: "Add note" }).click();
        await expect(run.getByRole("region", { name: "Notes: Consultation" }).getByText(note)).toBeVisible();
      }
      if (step === "Synthesis and action plan") {
        await fromGroupPage(presenter.page, group.id, presenter.name, "Follow the session");
        await expect(presenter.page.getByRole("heading", { level: 2, name: step, exact: true })).toBeVisible();
        const plan = presenter.page.getByRole("region", { name: "Your action plan" });
        await plan.getByLabel("Action", { exact: true }).fill(action);
        await plan.getByLabel("By (optional)").fill(due);
        await plan.getByRole("button", { name: "Add action" }).click();
        await expect(plan.getByText("Action added.")).toBeVisible();
        await expect(plan.getByRole("listitem").filter({ hasText: action })).toContainText(`By ${dueWords}`);
        // The group reads it on the screens they follow (which re-read the session every few seconds).
        await expect(follower.getByRole("heading", { level: 2, name: step, exact: true })).toBeVisible();
        await expect(follower.getByRole("region", { name: `Action plan of ${presenter.name}` }).getByText(action)).toBeVisible();
      }
      if (step === "Learning") {
        await fromGroupPage(reader.page, group.id, presenter.name, "Follow the session");
        for (const [page, text] of learned) {
          const learning = page.getByRole("region", { name: "What I learned" });
          await learning.getByLabel("What I take away").fill(text);
          await learning.getByRole("button", { name: "Save" }).click();
          await expect(learning.getByText("Saved.")).toBeVisible();
        }
        // Everyone reads what the others took away.
        await follower.reload();
        for (const [page, text] of learned) if (page !== follower) await expect(follower.getByRole("region", { name: "What I learned" }).getByText(text)).toBeVisible();
      }
    });
  }
  await test.step("the session ends, with its action, learnings and note stored", async () => {
    const steps = await sql<{ stepIndex: number }[]>`select (clock ->> 'stepIndex')::int as "stepIndex" from codev_runner_states where session_id = ${firstSession.id}`;
    expect(steps).toEqual([{ stepIndex: STEPS.length - 1 }]);
    await run.getByRole("button", { name: "End the session" }).click();
    await expect(run.getByRole("heading", { level: 2, name: "The session has ended" })).toBeVisible();
    await expect.poll(async () => (await sql<{ status: string }[]>`select status from meeting_sessions where id = ${firstSession.id}`)[0].status).toBe("held");
    const [{ actions, learnings, notes }] = await sql<{ actions: number; learnings: number; notes: number }[]>`
      select (select count(*)::int from codev_actions where session_id = ${firstSession.id} and owner_membership_id = ${presenter.membershipId} and due_date = ${due}) as actions,
        (select count(*)::int from codev_learnings where session_id = ${firstSession.id}) as learnings,
        (select count(*)::int from codev_step_notes where session_id = ${firstSession.id} and step_key = 'consultation') as notes`;
    expect({ actions, learnings, notes }).toEqual({ actions: 1, learnings: 3, notes: 1 });
  });
});

test("stage 9: whoever came gives feedback in their language, the facilitator reads the answers, and the next session opens with the actions", async () => {
  const sql = e2eSql();
  // Everyone who came is asked for feedback in their language; whoever was away is not.
  await test.step("everyone who came is asked for feedback in their language; whoever was away is not", async () => {
    for (const p of [facilitator, ...members.filter((m) => m !== away)]) {
      const mail = await delivered(p.email, "codev-feedback");
      expect(mail.locale).toBe(languages.get(p.email));
      expect(mail.subject).toBe(mail.locale === "nl" ? `Hoe was de sessie van Groep ${group.number}?` : `How was the session of Group ${group.number}?`);
    }
    expect(await sql`select 1 from email_messages where template = 'codev-feedback' and to_address = ${away.email}`).toHaveLength(0);
  });
  const scores = new Map([
    [presenter, "5"],
    [reader, "4"],
    [learner, "3"],
  ]);
  for (const [p, score] of scores) {
    await test.step(`a member gives ${score} out of 5 from the email's link`, async () => {
      const page = p === learner ? follower : p.page;
      await page.goto(await outboxLink(page, p.email, "/feedback"));
      await expect(page.getByRole("heading", { level: 1, name: "Feedback on the session" })).toBeVisible();
      await page.getByRole("radio", { name: score === "5" ? "5 – very useful" : score }).check();
      await page.getByLabel("Comment (optional)").fill(`Comment scored ${score}: good questions, clear steps.`);
      await page.getByRole("button", { name: "Send feedback" }).click();
      await expect(page.getByText(`You gave this session ${score} out of 5. Thank you.`)).toBeVisible();
      // Only the facilitator reads the answers.
      await expect(page.getByRole("heading", { name: "Answers of the group" })).toHaveCount(0);
    });
  }
  await test.step("whoever was away has nothing to give; the facilitator reads the answers", async () => {
    await away.page.goto(`${base}/feedback`);
    await expect(away.page.getByText("You were not at this session, so there is no feedback to give.")).toBeVisible();
    await fromGroupPage(facilitator.page, group.id, presenter.name, "Read the feedback");
    await expect(facilitator.page.getByRole("heading", { name: "Answers of the group" })).toBeVisible();
    await expect(facilitator.page.getByText("Average 4 out of 5, from 3 answers.")).toBeVisible();
    await expect(facilitator.page.getByText("Comment scored 3: good questions, clear steps.")).toBeVisible();
  });

  // The next session opens with the last presenter's actions.
  await test.step("the next session opens with the last presenter's actions", async () => {
    await fromGroupPage(facilitator.page, group.id, nextPresenter.name, "Run the session");
    await expect(facilitator.page).toHaveURL(new RegExp(`/groups/${group.id}/sessions/${secondSession.id}/run$`));
    const previous = facilitator.page.getByRole("region", { name: "Actions from the last session" });
    await expect(previous.getByText(`${presenter.name} tells what they tried and what came of it.`)).toBeVisible();
    await expect(previous.getByRole("listitem").filter({ hasText: action })).toContainText(`By ${dueWords}`);
    await facilitator.page.getByRole("button", { name: "Start the session" }).click();
    await expect(facilitator.page.getByRole("heading", { level: 2, name: STEPS[0], exact: true })).toBeVisible();
    await expect(previous.getByText(action)).toBeVisible();
  });
});

test("stage 10: no email carries what the group wrote, and an admin outside the group finds it nowhere", async () => {
  const sql = e2eSql();
  const secrets = [caseTitle, question, note, action, ...learned.map(([, text]) => text)];
  // No email anywhere carries what the group wrote: links only.
  await test.step("no email carries what the group wrote: links only", async () => {
    const leaks = await sql<{ id: string }[]>`
      select id from email_messages
      where coalesce(subject, '') || ' ' || coalesce(text, '') || ' ' || coalesce(html, '') || ' ' || coalesce(props::text, '') like any(${secrets.map((secret) => `%${secret}%`)})`;
    expect(leaks).toEqual([]);
    expect((await sql`select 1 from email_messages where to_address = any(${[...members, facilitator].map((p) => p.email)})`).length).toBeGreaterThan(20);
  });

  // An admin of the organisation who is not in the group: the not-found page for the group, the case, the
  // runner with its notes and the feedback; nothing of the case on the pages and in the export they can reach.
  await test.step("an admin outside the group gets the not-found page for the group, the case, the runner and the feedback", async () => {
    for (const path of [`/groups/${group.id}`, `${base}/case`, `${base}/run`, `${base}/feedback`]) {
      const response = await admin.page.goto(path);
      expect(response?.status()).toBe(404);
      for (const secret of secrets) await expect(admin.page.getByText(secret)).toHaveCount(0);
    }
  });
  await test.step("nothing of the case on the admin's pages and in the insights export", async () => {
    for (const path of [`/admin/programmes/${programmeId}/groups`, `/admin/programmes/${programmeId}`, "/admin/insights"]) {
      await admin.page.goto(path);
      const text = await admin.page.locator("body").innerText();
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    const csv = await admin.page.request.get(`${APP_URL}/admin/insights/export`, { headers: oneOff });
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    for (const secret of secrets) expect(body).not.toContain(secret);
  });
});
