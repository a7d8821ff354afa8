import { e2eSql } from "./support/db";
import { DEMO, createDemoPerson, expect, expectAccessible, expectSecurityHeaders, signInAs, test } from "./support/fixtures";

const publicPages = ["/", "/sign-in", "/sign-in/check-email", "/sign-in/confirm?token=abc&email=a%40b.nl", "/sign-in/error?error=Verification", "/invite/not-a-real-token"];
const memberPages = ["/dashboard", "/programmes", "/matches", "/profile", "/sessions", "/account"];
const plannerPages = ["/sessions/new"];
const adminPages = ["/admin/members", "/admin/members/import", "/admin/settings", "/admin/programmes", "/admin/programmes/new", "/admin/insights", "/admin/audit", "/admin/programmes/new/codevelopment", "/admin/methods", "/admin/methods/new"];

// Each test checks one set of pages and stays well inside the time limit; the sets run side by side on
// both workers (nothing here changes what another test sees).
test.describe.configure({ mode: "parallel" });

for (const locale of ["nl", "en"] as const) {
  test.describe(`every page in ${locale}`, () => {
    test.use({ locale: locale === "nl" ? "nl-NL" : "en-GB" });

    test("public pages are accessible and carry the security headers", async ({ page }) => {
      test.setTimeout(90_000);
      for (const path of publicPages) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect(response, path).not.toBeNull();
          expectSecurityHeaders(response!.headers());
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expectAccessible(page);
        });
      }
    });

    // The signed-in pages in sets of about five to seven, each with an axe scan per page (the demo's history
    // adds four programmes, and the other tests add theirs), so that none comes near the time limit on a
    // busy 2-core machine (a page took up to six seconds with the load average at 12).
    const programmeSettings = /^\/admin\/(programmes|methods)/;
    const signedInSets: [string, () => Promise<string[]>][] = [
      ["member and planner pages", async () => [...memberPages, ...plannerPages]],
      ["admin pages of members, settings, insights and the audit log", async () => adminPages.filter((path) => !programmeSettings.test(path))],
      ["admin pages of programmes and methods", async () => adminPages.filter((path) => programmeSettings.test(path))],
      ["the mentoring programmes' pages for members", () => programmePages("mentoring", (id) => `/programmes/${id}`)],
      ["the mentoring programmes' admin pages", () => programmePages("mentoring", (id) => `/admin/programmes/${id}`)],
      ["the mentoring programmes' matching pages", () => programmePages("mentoring", (id) => `/admin/programmes/${id}/matching`)],
      ["the co-development programmes' pages for members, and the outbox", async () => [...(await programmePages("codevelopment", (id) => `/programmes/${id}`)), "/dev/outbox"]],
      ["the co-development programmes' admin pages", () => programmePages("codevelopment", (id) => `/admin/programmes/${id}`)],
    ];
    for (const [name, pathsOf] of signedInSets) {
      test(`${name} are accessible and carry the security headers`, async ({ page }) => {
        test.setTimeout(90_000);
        await signInAs(page, await createDemoPerson({ role: "admin", locale }));
        for (const path of await pathsOf()) {
          await test.step(path, async () => {
            const response = await page.goto(path);
            expect(response?.status(), path).toBe(200);
            expectSecurityHeaders(response!.headers());
            await expect(page.locator("html")).toHaveAttribute("lang", locale);
            await expectAccessible(page);
          });
        }
      });
    }
  });
}

test("a member is refused every admin and planning page", async ({ page }) => {
  // Eleven axe scans: 30 s with the load average at 12.
  test.setTimeout(90_000);
  await signInAs(page, DEMO.member);
  for (const path of [...adminPages, ...plannerPages]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
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

/** One page of each of the demo organisation's programmes of one kind (a member's detail page, the admin's edit or matching page). */
async function programmePages(kind: "mentoring" | "codevelopment", pageOf: (id: string) => string): Promise<string[]> {
  const rows = await e2eSql()<{ id: string }[]>`
    select p.id from programmes p join organizations o on o.id = p.organization_id
    where o.slug = 'demo' and p.status <> 'draft' and p.kind = ${kind} order by p.created_at`;
  return rows.map((r) => pageOf(r.id));
}
