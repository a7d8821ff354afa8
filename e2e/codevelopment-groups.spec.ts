import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { e2eSql } from "./support/db";
import { createDemoPersonWithName, expect, expectAccessible, signInAs, test } from "./support/fixtures";

// Issue 6, items 4–5: an admin forms the co-development groups of a programme (14 participants, 2 volunteer
// facilitators), tries a move the rules refuse, moves one person out and back in, assigns the facilitators
// and publishes; a member opens their group page; an admin outside the group cannot.

test.use({ locale: "en-GB" });
test.setTimeout(90_000);

type Person = { email: string; name: string; membershipId: string };

const DEPARTMENTS = ["Finance", "HR", "IT", "Legal"];
// Mondays 09:00–11:00 in Amsterdam: a two-hour session fits at 09:00 for everyone.
const AVAILABILITY = ["mon-09", "mon-10", "wed-14"];

async function enrolled(programmeId: string, role: "participant" | "facilitator", index: number): Promise<Person> {
  const sql = e2eSql();
  const { email, name } = await createDemoPersonWithName({ role: role === "facilitator" ? "facilitator" : "member", locale: index % 2 === 0 ? "en" : "nl" });
  const [membership] = await sql<{ id: string; organization_id: string }[]>`
    update memberships set availability = ${AVAILABILITY}, department = ${DEPARTMENTS[index % DEPARTMENTS.length]}, languages = '{nl,en}', manager_membership_id = null
    where email = ${email} returning id, organization_id`;
  await sql`insert into enrolments (organization_id, programme_id, membership_id, role) values (${membership.organization_id}, ${programmeId}, ${membership.id}, ${role})`;
  return { email, name, membershipId: membership.id };
}

async function newPage(browser: import("@playwright/test").Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signInAs(page, email);
  return page;
}

type GroupRow = { id: string; number: number; status: string; members: string[] };
const groupsOf = async (programmeId: string): Promise<GroupRow[]> =>
  e2eSql()<GroupRow[]>`
    select g.id, g.number, g.status, coalesce(array_agg(m.membership_id::text) filter (where m.role = 'participant'), '{}') as members
    from codev_groups g left join codev_group_members m on m.group_id = g.id
    where g.programme_id = ${programmeId} group by g.id order by g.number`;

test("an admin forms, adjusts and publishes co-development groups; a member opens their group", async ({ browser }) => {
  const sql = e2eSql();
  const title = `E2E groups ${randomBytes(3).toString("hex")}`;
  const [org] = await sql<{ id: string }[]>`select id from organizations where slug = 'demo'`;
  const settings = { groupSizeMin: 5, groupSizeMax: 7, cadenceWeeks: 3, sessionMinutes: 120, facilitatorMode: "perGroup", languages: ["nl", "en"] };
  const [{ id: programmeId }] = await sql<{ id: string }[]>`
    insert into programmes (organization_id, kind, status, name, description, settings)
    values (${org.id}, 'codevelopment', 'matching', ${sql.json({ nl: `${title} (nl)`, en: title })}, ${sql.json({ nl: "Intervisie", en: "Co-development" })}, ${sql.json(settings)})
    returning id`;
  const participants: Person[] = [];
  for (let i = 0; i < 14; i++) participants.push(await enrolled(programmeId, "participant", i));
  const facilitators = [await enrolled(programmeId, "facilitator", 0), await enrolled(programmeId, "facilitator", 1)];
  const nameOf = (membershipId: string) => participants.find((p) => p.membershipId === membershipId)!.name;

  // The admin finds the page from the programme and forms the groups: two groups of seven.
  const { email: adminEmail } = await createDemoPersonWithName({ role: "admin", locale: "en" });
  const admin = await newPage(browser, adminEmail);
  await admin.goto(`/admin/programmes/${programmeId}`);
  await admin.getByRole("link", { name: "Form groups" }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/programmes/${programmeId}/groups$`));
  await expect(admin.getByText("No proposal yet. Form the groups to see one.")).toBeVisible();
  await admin.getByRole("button", { name: "Form groups" }).click();
  await expect(admin.getByRole("heading", { name: "Proposed groups" })).toBeVisible();
  await expect(admin.getByText("14 of 14 participants (100%)")).toBeVisible();
  await expect(admin.getByText("Every participant has a group.")).toBeVisible();
  const groupCard = (number: number) => admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { level: 3, name: `Group ${number}`, exact: true }) });
  await expect(groupCard(1).getByText("Mondays 09:00")).toBeVisible();
  await expectAccessible(admin);
  // Nobody has been told anything.
  const emailsTo = async (emails: string[]) =>
    (await sql<{ count: number }[]>`select count(*)::int as count from email_messages where to_address = any(${emails})`)[0].count;
  const everyone = [...participants, ...facilitators].map((p) => p.email);
  expect(await emailsTo(everyone)).toBe(0);

  // Group 2 is full: moving someone there is refused, naming the rule, and nothing changes.
  const proposed = await groupsOf(programmeId);
  expect(proposed.map((g) => g.members.length)).toEqual([7, 7]);
  const moved = nameOf(proposed[0].members[0]);
  await groupCard(1).getByLabel(`Move ${moved} to`).selectOption({ label: "Group 2" });
  await groupCard(1).getByRole("button", { name: `Move: ${moved}` }).click();
  await expect(admin.getByText("Refused (group size): the group already has the maximum number of members.")).toBeVisible();
  expect((await groupsOf(programmeId)).map((g) => g.members.length)).toEqual([7, 7]);

  // Out of the groups, then back into group 1.
  await groupCard(1).getByLabel(`Move ${moved} to`).selectOption({ label: "Outside the groups" });
  await groupCard(1).getByRole("button", { name: `Move: ${moved}` }).click();
  const outside = admin.getByRole("region", { name: "Participants without a group" });
  await expect(outside.getByText(moved, { exact: true })).toBeVisible();
  await expect(outside.getByText("Taken out by hand; fits Group 1 as it is.")).toBeVisible();
  await expect(admin.getByText("13 of 14 participants (93%)")).toBeVisible();
  await outside.getByLabel(`Move ${moved} to`).selectOption({ label: "Group 1" });
  await outside.getByRole("button", { name: `Move: ${moved}` }).click();
  await expect(admin.getByText("Every participant has a group.")).toBeVisible();

  // A facilitator for each group.
  for (const [i, facilitator] of facilitators.entries()) {
    const number = i + 1;
    await groupCard(number).getByRole("combobox", { name: `Facilitator of group ${number}` }).selectOption({ label: facilitator.name });
    await groupCard(number).getByRole("button", { name: `Save: Facilitator of group ${number}` }).click();
    await expect(groupCard(number).getByRole("definition").filter({ hasText: facilitator.name })).toBeVisible();
  }

  // Publish, after confirming.
  await admin.getByRole("button", { name: "Publish groups" }).click();
  await expect(admin.getByText(/^Publish these 2 groups\?/)).toBeVisible();
  await admin.getByRole("button", { name: "Yes, publish" }).click();
  await expect(admin.getByText("Published. Everyone has been told.")).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Published groups" })).toBeVisible();
  const published = await groupsOf(programmeId);
  expect(published.map((g) => g.status)).toEqual(["published", "published"]);
  const [{ sessions, presenters }] = await sql<{ sessions: number; presenters: number }[]>`
    select count(*)::int as sessions, count(distinct s.case_presenter_membership_id)::int as presenters
    from meeting_sessions s join codev_groups g on g.series_id = s.series_id where g.programme_id = ${programmeId}`;
  expect({ sessions, presenters }).toEqual({ sessions: 14, presenters: 14 });
  await expect.poll(async () => (await sql<{ count: number }[]>`select count(*)::int as count from email_messages where template = 'group-published' and to_address = any(${everyone})`)[0].count).toBe(16);
  const [mail] = await sql<{ locale: string; subject: string }[]>`select locale, subject from email_messages where template = 'group-published' and to_address = ${participants[1].email}`;
  expect(mail.locale).toBe("nl");

  // A member opens their group from the navigation.
  const member = participants.find((p) => published[1].members.includes(p.membershipId) && p.email !== participants[1].email)!;
  await sql`update users set locale = 'en' where email = ${member.email}`;
  const memberPage = await newPage(browser, member.email);
  await memberPage.goto("/dashboard");
  await memberPage.getByRole("navigation").getByRole("link", { name: "Groups" }).click();
  await expect(memberPage.getByRole("heading", { level: 1, name: "Your groups" })).toBeVisible();
  await memberPage.getByRole("link", { name: "Open group 2" }).click();
  await expect(memberPage).toHaveURL(new RegExp(`/groups/${published[1].id}$`));
  await expect(memberPage.getByRole("heading", { level: 1, name: "Group 2" })).toBeVisible();
  const people = memberPage.getByRole("region", { name: "Members" });
  await expect(people.getByText(`${member.name} (you)`)).toBeVisible();
  await expect(people.getByText(facilitators[1].name)).toBeVisible();
  const schedule = memberPage.getByRole("region", { name: "Sessions" });
  await expect(schedule.getByRole("listitem")).toHaveCount(7);
  await expect(schedule.getByText(member.name)).toBeVisible();
  await expect(memberPage.getByRole("heading", { name: "Swap your turn" })).toBeVisible();
  await expectAccessible(memberPage);

  // The admin is not in the group: for them the page does not exist.
  const response = await admin.goto(`/groups/${published[1].id}`);
  expect(response?.status()).toBe(404);
});
