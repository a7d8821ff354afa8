import { e2eSql } from "./support/db";
import { DEMO, createDemoPerson, expect, expectAccessible, expectSecurityHeaders, signInAs, test } from "./support/fixtures";

const publicPages = ["/", "/sign-in", "/sign-in/check-email", "/sign-in/confirm?token=abc&email=a%40b.nl", "/sign-in/error?error=Verification", "/invite/not-a-real-token"];
const memberPages = ["/dashboard", "/programmes", "/matches", "/profile", "/sessions", "/account"];
const plannerPages = ["/sessions/new"];
const adminPages = ["/admin/members", "/admin/members/import", "/admin/settings", "/admin/programmes", "/admin/programmes/new", "/admin/insights", "/admin/audit", "/admin/programmes/new/codevelopment", "/admin/methods", "/admin/methods/new", "/admin/guides", "/admin/guides/new", "/admin/guides/new?from=career"];

// Each test checks one set of pages and stays well inside the time limit; the sets run side by side on
// both workers (nothing here changes what another test sees).
test.describe.configure({ mode: "parallel" });

// Every page in both languages; the axe scan in Dutch only. A page's structure, labels and colours are the
// same in English (lib/i18n/messages.test.ts holds every key in both languages, none empty), and the scans
// were half of this file's time.
for (const locale of ["nl", "en"] as const) {
  const scan = locale === "nl";
  test.describe(`every page in ${locale}`, () => {
    test.use({ locale: locale === "nl" ? "nl-NL" : "en-GB" });

    test(`public pages ${scan ? "are accessible and carry" : "carry"} the security headers`, async ({ page }) => {
      test.setTimeout(90_000);
      for (const path of publicPages) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect(response, path).not.toBeNull();
          expectSecurityHeaders(response!.headers());
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          if (scan) await expectAccessible(page);
        });
      }
    });

    // The signed-in pages in sets of about five to seven, each with an axe scan per page (the demo's history
    // adds four programmes, and the other tests add theirs), so that none comes near the time limit on a
    // busy 2-core machine (a page took up to six seconds with the load average at 12).
    const programmeSettings = /^\/admin\/(programmes|methods)/;
    const signedInSets: [string, () => Promise<string[]>][] = [
      ["member and planner pages", async () => [...memberPages, ...plannerPages]],
      ["admin pages of members, settings, insights, the audit log and the conversation guides", async () => adminPages.filter((path) => !programmeSettings.test(path))],
      ["admin pages of programmes and methods", async () => adminPages.filter((path) => programmeSettings.test(path))],
      ["the mentoring programmes' pages for members", () => programmePages("mentoring", (id) => `/programmes/${id}`)],
      ["the mentoring programmes' admin pages", () => programmePages("mentoring", (id) => `/admin/programmes/${id}`)],
      ["the mentoring programmes' matching pages", () => programmePages("mentoring", (id) => `/admin/programmes/${id}/matching`)],
      ["the co-development programmes' pages for members, and the outbox", async () => [...(await programmePages("codevelopment", (id) => `/programmes/${id}`)), "/dev/outbox"]],
      ["the co-development programmes' admin pages and the demo's learning track", async () => [...(await programmePages("codevelopment", (id) => `/admin/programmes/${id}`)), ...(await trackPages())]],
    ];
    for (const [name, pathsOf] of signedInSets) {
      test(`${name} ${scan ? "are accessible and carry" : "carry"} the security headers`, async ({ page }) => {
        test.setTimeout(90_000);
        await signInAs(page, await createDemoPerson({ role: "admin", locale }));
        for (const path of await pathsOf()) {
          await test.step(path, async () => {
            const response = await page.goto(path);
            expect(response?.status(), path).toBe(200);
            expectSecurityHeaders(response!.headers());
            await expect(page.locator("html")).toHaveAttribute("lang", locale);
            if (scan) await expectAccessible(page);
          });
        }
      });
    }
  });
}

// Issue 17: the pages of every demo role, signed in as the demo's own people with their real data (pairs with
// goals and notes, groups with held sessions, cases and feedback, a facilitator's long list of sessions), not
// only a fresh admin's and member's. Kring's roles are member, facilitator and admin; the mentor, mentee,
// participant and manager are members with a pair, a group or reports. Each role's pages at the desktop
// width, and its own pages again at 390 px (where the availability grid and the cards change shape).
type RolePages = { email: string; paths: string[] };
const demoPeople = {
  /** A person of an accepted pair in the demo, by their side of it. */
  pair: async (side: "mentor" | "mentee"): Promise<RolePages> => {
    const [row] = await e2eSql()<{ email: string; matchId: string }[]>`
      select u.email, ma.id as "matchId" from matches ma join organizations o on o.id = ma.organization_id and o.slug = 'demo'
      join enrolments e on e.id = (case when ${side} = 'mentor' then ma.mentor_enrolment_id else ma.mentee_enrolment_id end)
      join memberships m on m.id = e.membership_id and m.status = 'active' join users u on u.id = m.user_id
      where ma.status = 'accepted' order by (select count(*) from mentoring_goals g where g.match_id = ma.id) desc, ma.created_at desc limit 1`;
    return { email: row.email, paths: ["/dashboard", "/matches", `/matches/${row.matchId}`, "/sessions", "/profile"] };
  },
  /** A facilitator of the demo with their groups and one held session's pages. */
  facilitator: async (email: string): Promise<RolePages> => {
    const rows = await e2eSql()<{ groupId: string; sessionId: string | null }[]>`
      select g.id as "groupId", (select s.id from meeting_sessions s where s.series_id = g.series_id and s.starts_at < now() order by s.starts_at desc limit 1) as "sessionId"
      from codev_group_members gm join codev_groups g on g.id = gm.group_id and g.status = 'published'
      join memberships m on m.id = gm.membership_id join users u on u.id = m.user_id and u.email = ${email}
      where gm.role = 'facilitator' order by g.created_at desc limit 2`;
    const session = rows.find((r) => r.sessionId);
    const sessionPaths = session ? ["", "/case", "/run", "/feedback"].map((part) => `/groups/${session.groupId}/sessions/${session.sessionId}${part}`) : [];
    return { email, paths: ["/dashboard", "/groups", ...rows.map((r) => `/groups/${r.groupId}`), ...sessionPaths, "/sessions", "/sessions/new", "/profile"] };
  },
  /** A participant of a running group, with a held session's pages. */
  participant: async (): Promise<RolePages> => {
    const [row] = await e2eSql()<{ email: string; groupId: string; sessionId: string; trackId: string | null }[]>`
      select u.email, g.id as "groupId", s.id as "sessionId", (select t.programme_id from learning_tracks t where t.programme_id = g.programme_id) as "trackId" from codev_group_members gm
      join codev_groups g on g.id = gm.group_id and g.status = 'published' join organizations o on o.id = g.organization_id and o.slug = 'demo'
      join meeting_sessions s on s.series_id = g.series_id and s.starts_at < now()
      join memberships m on m.id = gm.membership_id and m.status = 'active' join users u on u.id = m.user_id
      where gm.role = 'participant' order by s.starts_at desc limit 1`;
    // In the demo's running programme their dashboard shows its learning track (db/seed-track.ts), and its page.
    const track = row.trackId ? [`/programmes/${row.trackId}/track`] : [];
    return { email: row.email, paths: ["/dashboard", "/groups", `/groups/${row.groupId}`, ...["", "/case", "/feedback"].map((part) => `/groups/${row.groupId}/sessions/${row.sessionId}${part}`), "/sessions", ...track] };
  },
  /** A manager with people reporting to them (a head of department). */
  manager: async (): Promise<RolePages> => {
    const [row] = await e2eSql()<{ email: string }[]>`
      select u.email from memberships m join organizations o on o.id = m.organization_id and o.slug = 'demo' join users u on u.id = m.user_id
      where m.status = 'active' and m.role = 'member' and exists (select 1 from memberships r where r.manager_membership_id = m.id)
      order by m.seniority desc nulls last, m.name limit 1`;
    return { email: row.email, paths: ["/dashboard", "/programmes", "/matches", "/sessions", "/team", "/profile", "/account"] };
  },
};
const demoRoles: [string, () => Promise<RolePages>][] = [
  // (the admin pages themselves are scanned above, on the same demo organisation's data)
  ["the L&D admin's own pages", async () => ({ email: DEMO.admin, paths: ["/dashboard", "/matches", "/sessions", "/groups", "/profile"] })],
  ["the demo member's pages", async () => ({ email: DEMO.member, paths: memberPages })],
  ["a mentor's pages, with their pair", () => demoPeople.pair("mentor")],
  ["a mentee's pages, with their pair", () => demoPeople.pair("mentee")],
  ["the first facilitator's pages, with their groups and sessions", () => demoPeople.facilitator(DEMO.facilitator)],
  ["the second facilitator's pages", () => demoPeople.facilitator("facilitator2@demo.kring.test")],
  ["a group participant's pages, with a held session", () => demoPeople.participant()],
  ["a manager's pages", () => demoPeople.manager()],
];
// At 390 px, the pages whose layout changes most on a phone (each scan costs seconds on a busy machine).
const phonePages = /^\/(dashboard|profile|sessions|matches\/[^/]+|groups\/[^/]+|programmes\/[^/]+\/track)$/;
for (const [name, pagesOf] of demoRoles) {
  test(`demo data: ${name} are accessible, at full width and at 390 px`, async ({ page }) => {
    test.setTimeout(90_000);
    const { email, paths } = await pagesOf();
    await signInAs(page, email);
    for (const [width, set] of [[1280, paths], [390, paths.filter((path) => phonePages.test(path))]] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of set) {
        await test.step(`${path} at ${width} px`, async () => {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await expectAccessible(page);
        });
      }
    }
  });
}

test("a member is refused every admin and planning page", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, DEMO.member);
  for (const [i, path] of [...adminPages, ...plannerPages].entries()) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Every refusal is the same forbidden page: one axe scan of it is enough (fourteen took 30 s).
      if (i === 0) await expectAccessible(page);
    });
  }
});

test("a signed-out visitor is sent to sign in from every member and admin page", async ({ page }) => {
  for (const path of [...memberPages, ...plannerPages, ...adminPages]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in/);
  }
});

test("pages fit a 390 px wide phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, await createDemoPerson({ role: "admin", locale: "nl" }));
  for (const path of ["/", ...memberPages, ...plannerPages, ...adminPages]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
});

/** The admin's page of each learning track in the demo (db/seed-track.ts seeds one). */
async function trackPages(): Promise<string[]> {
  const rows = await e2eSql()<{ id: string }[]>`
    select t.programme_id as id from learning_tracks t join organizations o on o.id = t.organization_id and o.slug = 'demo' order by t.created_at limit 2`;
  return rows.map((r) => `/admin/programmes/${r.id}/track`);
}

/** One page of each of the demo organisation's programmes of one kind (a member's detail page, the admin's edit or matching page). */
/**
 * One programme of the demo in each state past its draft (open, matching, running, closed): every state of
 * the pages once, however many programmes the other tests have added by the time this runs.
 */
async function programmePages(kind: "mentoring" | "codevelopment", pageOf: (id: string) => string): Promise<string[]> {
  const rows = await e2eSql()<{ id: string }[]>`
    select distinct on (p.status) p.id from programmes p join organizations o on o.id = p.organization_id
    where o.slug = 'demo' and p.status <> 'draft' and p.kind = ${kind} order by p.status, p.created_at`;
  return rows.map((r) => pageOf(r.id));
}
