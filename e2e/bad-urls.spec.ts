import { createDemoPerson, expect, signInAs, test } from "./support/fixtures";

// Probe finding L1: 39 of 480 fuzzed GETs answered 500. Every bad id, date, byte or encoding in a URL is
// now the not-found page in the reader's language (or the page with its default, for a bad filter value),
// never a 500. "%ff%fe" is valid percent-encoding of bytes that are no UTF-8: Next.js used to fail on it in
// its router, before any page ran (lib/routing/undecodable-path.ts).

const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const BAD = "%ff%fe";

/** Pages: each a 404 with the app's own not-found page. */
const notFoundPages = [
  "/admin/programmes/abc/matching",
  `/admin/programmes/${UNKNOWN}/matching`,
  `/admin/programmes/${"-".repeat(36)}/matching`,
  `/admin/programmes/${BAD}`,
  `/admin/programmes/${BAD}/matching`,
  `/admin/programmes/${BAD}/groups`,
  `/admin/methods/${BAD}`,
  `/admin/guides/${BAD}`,
  `/admin/guides/${UNKNOWN}`,
  `/admin/members/import/${BAD}`,
  `/programmes/${BAD}`,
  `/matches/${BAD}`,
  `/groups/${BAD}`,
  `/groups/${BAD}/sessions/${BAD}`,
  `/groups/${UNKNOWN}/sessions/abc`,
  `/groups/${BAD}/sessions/${BAD}/case`,
  `/groups/${BAD}/sessions/${BAD}/feedback`,
  `/groups/${BAD}/sessions/${BAD}/run`,
  `/dev/outbox/${BAD}`,
  "/matches/%zz",
  `/conversations/${BAD}`,
  `/conversations/${UNKNOWN}`,
];

/** Pages whose bad filter value is ignored: they render with their default. */
const defaultPages = ["/admin/insights?to=9999-12-31", "/admin/insights?from=0000-01-01&department=%00", "/admin/members?q=%00", "/dev/outbox?to=%00", "/admin/audit?page=%00", `/invite/${BAD}`];

test("bad ids, dates, bytes and encodings in URLs answer 404 or the page's default, never 500", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, await createDemoPerson({ role: "admin", locale: "en" }));
  for (const path of notFoundPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" }), path).toBeVisible();
  }
  for (const path of defaultPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  }

  // Route handlers answer their own 404 (or, for Auth.js, its 400).
  const csv = await page.request.get("/admin/insights/export?to=9999-12-31");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  for (const path of [`/admin/members/import/${BAD}/status`, `/calendar/${BAD}.ics`, `/calendar/${BAD}`, "/calendar/%00.ics"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  const auth = await page.request.get(`/api/auth/${BAD}`);
  expect(auth.status(), "/api/auth").toBeGreaterThanOrEqual(400);
  expect(auth.status(), "/api/auth").toBeLessThan(500);
});

test("the not-found page of a bad id speaks the reader's language", async ({ page }) => {
  await signInAs(page, await createDemoPerson({ role: "admin", locale: "nl" }));
  for (const path of [`/admin/programmes/${BAD}/matching`, `/admin/programmes/${UNKNOWN}/matching`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }), path).toBeVisible();
  }
});
