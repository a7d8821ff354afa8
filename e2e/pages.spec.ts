import { e2eSql } from "./support/db";
import { DEMO, createDemoPerson, expect, expectAccessible, expectSecurityHeaders, signInAs, test } from "./support/fixtures";

const publicPages = ["/", "/sign-in", "/sign-in/check-email", "/sign-in/confirm?token=abc&email=a%40b.nl", "/sign-in/error?error=Verification", "/invite/not-a-real-token"];
const memberPages = ["/dashboard", "/programmes", "/matches", "/profile", "/sessions", "/account"];
const plannerPages = ["/sessions/new"];
const adminPages = ["/admin/members", "/admin/members/import", "/admin/settings", "/admin/programmes", "/admin/programmes/new", "/admin/insights", "/admin/audit", "/admin/programmes/new/codevelopment", "/admin/methods", "/admin/methods/new"];

for (const locale of ["nl", "en"] as const) {
  test.describe(`every page in ${locale}`, () => {
    test.use({ locale: locale === "nl" ? "nl-NL" : "en-GB" });

    test("public pages are accessible and carry the security headers", async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of publicPages) {
        const response = await page.goto(path);
        expect(response, path).not.toBeNull();
        expectSecurityHeaders(response!.headers());
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectAccessible(page);
      }
    });

    test("member and admin pages are accessible and carry the security headers", async ({ page }) => {
      // Some thirty pages (the demo's history adds four programmes), each with an axe scan, on a busy 2-core machine.
      test.setTimeout(360_000);
      await signInAs(page, await createDemoPerson({ role: "admin", locale }));
      for (const path of [...memberPages, ...plannerPages, ...adminPages, ...(await programmePages()), "/dev/outbox"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        expectSecurityHeaders(response!.headers());
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectAccessible(page);
      }
    });
  });
}

test("a member is refused every admin and planning page", async ({ page }) => {
  await signInAs(page, DEMO.member);
  for (const path of [...adminPages, ...plannerPages]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
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

/** The demo organisation's seeded programmes: a member's detail page and the admin's edit page of each. */
async function programmePages(): Promise<string[]> {
  const rows = await e2eSql()<{ id: string; kind: string }[]>`
    select p.id, p.kind from programmes p join organizations o on o.id = p.organization_id where o.slug = 'demo' and p.status <> 'draft' order by p.kind`;
  return rows.flatMap((r) => [`/programmes/${r.id}`, `/admin/programmes/${r.id}`, ...(r.kind === "mentoring" ? [`/admin/programmes/${r.id}/matching`] : [])]);
}
