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

const badIds = ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "1e309", "-1"];
const badBytesAndLengths = ["%ff%fe", "%00", "%2e%2e", "a".repeat(2_000), "%E2%80%AE%F0%9F%98%80"];
const badSegments = [...badIds, ...badBytesAndLengths];
const badDatesAndNumbers = ["9999-12-31", "0000-00-00", "2026-02-30", "-1", "1e309"];
const badBytesAndMarkup = ["%00", "%ff%fe", "x".repeat(600), "%3Cscript%3E"];
const badQueryValues = [...badDatesAndNumbers, ...badBytesAndMarkup];
const queryNames = ["q", "from", "to", "programme", "department", "page", "status", "next", "token", "error", "email", "id", "role", "week", "date", "tab"];

const dynamicPatterns = (patterns: string[]) => patterns.filter((p) => p.includes("["));
const staticPatterns = (patterns: string[]) => patterns.filter((p) => !p.includes("["));
const withSegment = (pattern: string, bad: string) => pattern.replace(/\[[^\]]+\]/g, bad);
const withQuery = (pattern: string, value: string) => `${pattern}?${queryNames.map((n) => `${n}=${value}`).join("&")}`;

/** The bad URLs of the patterns, in four sets of 64 to 155 requests (one test each, side by side on both workers). */
const urlSets: { name: string; urls: (patterns: string[]) => string[] }[] = [
  {
    name: "bad ids in its dynamic segments",
    urls: (patterns) => dynamicPatterns(patterns).flatMap((pattern) => badIds.map((bad) => withSegment(pattern, bad))),
  },
  {
    name: "bad bytes, encodings and lengths in its dynamic segments",
    urls: (patterns) => dynamicPatterns(patterns).flatMap((pattern) => badBytesAndLengths.map((bad) => withSegment(pattern, bad))),
  },
  {
    // Each bad value in every name the app reads, one value at a time.
    name: "bad dates and numbers in every query name",
    urls: (patterns) => staticPatterns(patterns).flatMap((pattern) => badDatesAndNumbers.map((value) => withQuery(pattern, value))),
  },
  {
    // The other bad values, one at a time; then every name given twice.
    name: "bad bytes, long values, markup and repeated names in the query",
    urls: (patterns) =>
      staticPatterns(patterns).flatMap((pattern) => [
        ...badBytesAndMarkup.map((value) => withQuery(pattern, value)),
        `${pattern}?${queryNames.map((n) => `${n}=%00&${n}=%ff`).join("&")}`,
      ]),
  },
];

test.describe.configure({ mode: "parallel" });

test("the four sets together are every bad segment and every bad query value of every route", () => {
  const patterns = routePatterns();
  const all = urlSets.flatMap((set) => set.urls(patterns));
  const dynamic = dynamicPatterns(patterns).length;
  expect(all).toHaveLength(dynamic * badSegments.length + (patterns.length - dynamic) * (badQueryValues.length + 1));
  expect(new Set(all).size).toBe(all.length);
});

for (const set of urlSets) {
  test(`every page and GET route answers ${set.name} without a 500`, async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, DEMO.admin);
    const patterns = routePatterns();
    expect(patterns.length).toBeGreaterThan(30);
    const urls = set.urls(patterns);
    const failures: string[] = [];
    for (const url of urls) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 160)}`);
    }
    console.log(`[fuzz] ${set.name}: ${urls.length} bad URLs over ${patterns.length} routes; ${failures.length} answered 500`);
    expect(failures).toEqual([]);
  });
}
