/**
 * `npm run bench:web`: the web path on a production build. In a database of its own on DATABASE_URL's
 * server (default: the local PostgreSQL) it seeds the demo and an organisation of 10,000 members with two
 * years of history, starts `next start` with the worker in its own process, signs people in through the
 * real flow (the sign-in form, the link from the outbox, the confirmation button), and prints, for a static
 * asset, the signed-out home page and the main signed-in pages: requests per second and p50/p99 latency at
 * 8 connections (autocannon), the HTML's bytes and the SQL statements per request (counted by the server,
 * GET /dev/query-count, with no other traffic). Not a test: the figures depend on the machine.
 *
 * BENCH_SECONDS (10), BENCH_CONNECTIONS (8), BENCH_MEMBERS (10000), BENCH_PORT (3700), BENCH_ONLY (a page
 * name to run alone), BENCH_PROFILE=1 (the app runs under --cpu-prof; profiles land in .bench-profiles/).
 */
import "./allow-server-only";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { memberships, organizations, users } from "../db/schema";
import { seedDemo } from "../db/seed";
import { demoPairGuides } from "../lib/conversations/demo-guides";
import { seedHistory } from "../db/seed-history";
import { prepareQueues } from "../lib/jobs/boss";
import { createUniqueDatabase } from "../lib/testing/test-database";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3700);
const BASE = `http://localhost:${PORT}`;
const root = process.cwd();
const departments = ["Finance", "HR", "IT", "Operations", "Sales", "Customer Service", "Legal", "Facilities", "Communication", "Policy", "Youth care", "Public works"];

type Page = { name: string; path: string; cookie: string | null };
type Row = { name: string; path: string; rps: number; p50: number; p99: number; bytes: number; queries: number | string; errors: number };

function start(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  child.on("exit", (code, signal) => {
    if (code && code !== 0) console.error(`[bench] ${label} exited with ${code ?? signal}:\n${tail}`);
  });
  return child;
}

async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Signs in as a person does, in Chromium: the form, the emailed link from the outbox, the button. */
async function signIn(email: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    const asked = new Date(Date.now() - 1000);
    await page.goto(`${BASE}/sign-in`);
    await page.locator("#email").fill(email);
    await page.locator("main form button[type=submit]").first().click();
    await page.waitForURL(/check-email/);
    let link: string | null = null;
    for (let attempt = 0; attempt < 120 && !link; attempt++) {
      const [row] = await getDb().execute<{ id: string }>(sql`
        select id from email_messages where to_address = ${email} and template = 'magic-link' and status = 'delivered' and created_at >= ${asked.toISOString()}::timestamptz limit 1`);
      if (row) {
        await page.goto(`${BASE}/dev/outbox?to=${encodeURIComponent(email)}`);
        link = await page.locator('a[href*="/sign-in/confirm"]').first().getAttribute("href");
      } else await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (!link) throw new Error(`no sign-in link reached ${email}`);
    await page.goto(link);
    await page.locator("main form button[type=submit]").click();
    await page.waitForURL(/\/dashboard/);
    const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    if (!cookie) throw new Error(`no session cookie for ${email}`);
    return `${cookie.name}=${cookie.value}`;
  } finally {
    await browser.close();
  }
}

async function queriesOf(page: Page): Promise<{ bytes: number; queries: number }> {
  const headers = page.cookie ? { cookie: page.cookie } : undefined;
  const count = async () => ((await (await fetch(`${BASE}/dev/query-count`)).json()) as { queries: number }).queries;
  const runs: { bytes: number; queries: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const before = await count();
    const response = await fetch(`${BASE}${page.path}`, { headers, redirect: "manual" });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
    runs.push({ bytes, queries: (await count()) - before });
  }
  // The smallest count: a request never does fewer queries than it needs, and nothing else ran.
  return { bytes: runs[runs.length - 1].bytes, queries: Math.min(...runs.map((r) => r.queries)) };
}

async function load(page: Page): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({
    url: `${BASE}${page.path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: page.cookie ? { cookie: page.cookie } : {},
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors + result.timeouts };
}

async function seedLarge(now: Date): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [org] = await tx.insert(organizations).values({ name: "Benchmark gemeente", slug: "bench" }).returning();
    const [user] = await tx.insert(users).values({ email: "admin@bench.kring.test", name: "Bench admin", currentOrganizationId: org.id, emailVerified: now }).returning();
    await tx.insert(memberships).values({ organizationId: org.id, userId: user.id, email: user.email!, name: "Bench admin", role: "admin", status: "active", department: "HR" });
    await seedHistory(tx, { organizationId: org.id, now, months: 24, extraPeople: MEMBERS - 1, departments, emailDomain: "bench.kring.test", excludeEmails: [user.email!] });
    return user.email!;
  });
}

async function main() {
  const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createUniqueDatabase(server, "kring_bench_web");
  process.env.DATABASE_URL = database.url;
  const children: ChildProcess[] = [];
  try {
    await runMigrations(database.url);
    await prepareQueues(database.url);
    const now = new Date();
    await seedDemo(getDb(), { now, pairGuides: demoPairGuides() });
    const seeded = performance.now();
    const largeAdmin = await seedLarge(now);
    console.log(`Seeded the demo and ${MEMBERS} members with 24 months of history in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    await getDb().execute(sql`vacuum analyze`);

    if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("No production build: running next build");
      const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "" } });
      if (built.status !== 0) throw new Error("next build failed");
    }
    const env = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: database.url,
      AUTH_SECRET: "bench-secret-not-for-production-0123456789abcdef",
      AUTH_URL: BASE,
      KRING_DEV_OUTBOX: "1",
      KRING_COUNT_QUERIES: "1",
      KRING_INLINE_WORKER: "0",
    };
    children.push(start(process.execPath, ["--import", "tsx", "scripts/worker.ts"], env, "worker"));
    const profileDir = path.join(root, ".bench-profiles");
    const nodeOptions = process.env.BENCH_PROFILE === "1" ? `--cpu-prof --cpu-prof-dir=${profileDir}` : "";
    children.push(start(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(PORT)], { ...env, NODE_OPTIONS: nodeOptions }, "app"));
    await waitFor(`${BASE}/sign-in`);

    // The people whose pages are measured: a mentee with a pair, a facilitator with a group, the admins.
    const [pair] = await getDb().execute<{ id: string; email: string }>(sql`
      select m.id, mentee.email from matches m
      join enrolments e on e.id = m.mentee_enrolment_id join memberships mentee on mentee.id = e.membership_id
      join organizations o on o.id = m.organization_id
      where o.slug = 'demo' and m.status = 'accepted' and mentee.user_id is not null and mentee.status = 'active'
      order by m.created_at desc limit 1`);
    const [group] = await getDb().execute<{ id: string; email: string }>(sql`
      select g.id, f.email from codev_groups g
      join codev_group_members gm on gm.group_id = g.id and gm.role = 'facilitator' join memberships f on f.id = gm.membership_id
      join organizations o on o.id = g.organization_id
      where o.slug = 'demo' and g.status = 'published' and f.user_id is not null and f.status = 'active'
      order by g.created_at desc limit 1`);
    if (!pair || !group) throw new Error("the demo has no accepted pair or published group with a signed-up person");
    const member = await signIn("member@demo.kring.test");
    const mentee = await signIn(pair.email);
    const facilitator = await signIn(group.email);
    const admin = await signIn("admin@demo.kring.test");
    const largeAdminCookie = await signIn(largeAdmin);

    const html = await (await fetch(`${BASE}/sign-in`)).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    if (!asset) throw new Error("no static chunk found on /sign-in");
    const pages: Page[] = [
      { name: "static asset", path: asset, cookie: null },
      { name: "home (signed out)", path: "/", cookie: null },
      { name: "/dashboard", path: "/dashboard", cookie: member },
      { name: "/matches", path: "/matches", cookie: mentee },
      { name: "pair space", path: `/matches/${pair.id}`, cookie: mentee },
      { name: "group page", path: `/groups/${group.id}`, cookie: facilitator },
      { name: "/sessions", path: "/sessions", cookie: facilitator },
      { name: "/admin/insights (demo)", path: "/admin/insights", cookie: admin },
      { name: `/admin/insights (${MEMBERS.toLocaleString("en")} members)`, path: "/admin/insights", cookie: largeAdminCookie },
    ].filter((p) => !process.env.BENCH_ONLY || p.name.includes(process.env.BENCH_ONLY));

    const rows: Row[] = [];
    for (const page of pages) {
      const counted = page.name === "static asset" ? { bytes: 0, queries: "–" as const } : await queriesOf(page);
      await load({ ...page, path: page.path }); // warm-up: the first seconds compile nothing, but fill caches
      const measured = await load(page);
      rows.push({ name: page.name, path: page.path, ...measured, bytes: counted.bytes, queries: counted.queries });
      console.log(`[bench] ${page.name}: ${measured.rps.toFixed(1)} req/s`);
    }
    const staticRps = rows.find((r) => r.name === "static asset")?.rps ?? NaN;
    console.log(`\n${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${CONNECTIONS} connections, ${SECONDS} s per page after a ${SECONDS} s warm-up, ${new Date().toISOString().slice(0, 10)}`);
    console.log(`| page | req/s | share of static | p50 ms | p99 ms | HTML KB | queries | errors |`);
    console.log(`|---|---:|---:|---:|---:|---:|---:|---:|`);
    for (const r of rows) {
      const share = r.name === "static asset" ? "100 %" : `${((r.rps / staticRps) * 100).toFixed(0)} %`;
      console.log(`| ${r.name} | ${r.rps.toFixed(1)} | ${share} | ${r.p50} | ${r.p99} | ${r.bytes ? (r.bytes / 1024).toFixed(1) : "–"} | ${r.queries} | ${r.errors} |`);
    }
    console.log(`\nLoad average at the end: ${os.loadavg()[0].toFixed(2)}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await closeDb();
    if (process.env.BENCH_KEEP === "1") console.log(`Kept ${database.url}`);
    else await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
