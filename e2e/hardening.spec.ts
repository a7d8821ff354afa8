import { APP_URL, DEMO, createDemoPerson, expect, signInAs, test } from "./support/fixtures";

// Findings of the outside probe (issue 14), replayed against the production server the suite runs.

test("a signed-in visitor is never redirected off the site by a crafted next (probe finding M1)", async ({ page }) => {
  await signInAs(page, await createDemoPerson({ role: "member", locale: "en" }));
  for (const next of ["/..//evil.example", "/.//evil.example", "/a/..//evil.example", "/%2e%2e//evil.example", "//evil.example", "/\\evil.example"]) {
    const response = await page.request.get(`/sign-in?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
    const location = response.headers()["location"] ?? "";
    expect(response.status(), next).toBeLessThan(400);
    // Resolved the way a browser resolves it, the target stays on our origin.
    expect(new URL(location || "/", APP_URL).origin, `${next} → ${location}`).toBe(APP_URL);
  }
});

test("a server action posted from another site is refused with 403, not 500 (probe finding L4)", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  const response = await page.request.post("/admin/members", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});

test("an action body over the upload limit is refused with 413, not 500 (probe finding L3)", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  const response = await page.request.post("/admin/members/import", {
    headers: { origin: APP_URL, "sec-fetch-site": "same-origin", "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "x".repeat(12 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
});

test.describe("uploads", () => {
  test.use({ locale: "en-GB" });

  test("a plain CSV over 1 MB from a browser without gzip gets the page's own message (probe finding L3)", async ({ page }) => {
    await signInAs(page, await createDemoPerson({ role: "admin", locale: "en" }));
    // A browser without CompressionStream sends the file as it is, past Next.js's default 1 MB.
    await page.addInitScript(() => Reflect.deleteProperty(globalThis, "CompressionStream"));
    await page.goto("/admin/members/import");
    const lines = ["name,email"];
    for (let i = 0; i < 60_000; i++) lines.push(`Person ${i},person-${i}@big.example`);
    const buffer = Buffer.from(lines.join("\n"));
    expect(buffer.length).toBeGreaterThan(1024 * 1024);
    await page.getByLabel("CSV file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByText(/The file has more than 20.?000 rows/)).toBeVisible();
  });
});
