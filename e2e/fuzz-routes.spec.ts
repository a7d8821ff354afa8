import fs from "node:fs";
import path from "node:path";
import { DEMO, expect, signInAs, test } from "./support/fixtures";

/**
 * Probe finding L1, kept honest (issue 14, point 4): every page and GET route of the app, found in app/,
 * requested as a signed-in admin with bad dynamic segments (not ids, unknown ids, broken percent-encoding,
 * NUL, huge) and bad query values (dates out of range, NUL, broken encoding, arrays). A bad URL is a 4xx in
 * the reader's language or the page with the value ignored; never a 500. Bounded and seeded by its lists.
 */
const appDir = path.join(process.cwd(), "app");

/** URL patterns of every page.tsx and GET route.ts, without route groups; "[x]" stays as a placeholder. */
function routePatterns(): string[] {
  const patterns: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (entry.name === "page.tsx" || (entry.name === "route.ts" && /export (async )?function GET/.test(fs.readFileSync(path.join(dir, entry.name), "utf8")))) {
        patterns.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  // Auth.js owns /api/auth; its own error handling is not ours to fuzz.
  return [...new Set(patterns)].filter((p) => !p.startsWith("/api/auth")).sort();
}

const badSegments = ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "%ff%fe", "%00", "%2e%2e", "a".repeat(2_000), "%E2%80%AE%F0%9F%98%80", "1e309", "-1"];
const badQueryValues = ["9999-12-31", "0000-00-00", "2026-02-30", "%00", "%ff%fe", "-1", "1e309", "x".repeat(600), "%3Cscript%3E"];
const queryNames = ["q", "from", "to", "programme", "department", "page", "status", "next", "token", "error", "email", "id", "role", "week", "date", "tab"];

test("every page and GET route answers bad segments and query values without a 500", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, DEMO.admin);
  const patterns = routePatterns();
  expect(patterns.length).toBeGreaterThan(30);
  const urls: string[] = [];
  for (const pattern of patterns) {
    if (pattern.includes("[")) {
      for (const bad of badSegments) urls.push(pattern.replace(/\[[^\]]+\]/g, bad));
    } else {
      // Each bad value in every name the app reads, one value at a time; then every name given twice.
      for (const value of badQueryValues) urls.push(`${pattern}?${queryNames.map((n) => `${n}=${value}`).join("&")}`);
      urls.push(`${pattern}?${queryNames.map((n) => `${n}=%00&${n}=%ff`).join("&")}`);
    }
  }
  const failures: string[] = [];
  for (const url of urls) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 160)}`);
  }
  console.log(`[fuzz] ${urls.length} bad URLs over ${patterns.length} routes; ${failures.length} answered 500`);
  expect(failures).toEqual([]);
});
