import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { and, eq, inArray, sql } from "drizzle-orm";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, databaseUrl, getDb } from "@/db/client";
import { createRandom } from "@/db/seed-data";
import { codevSessionNotices, emailMessages, enrolments, matches, matchingRuns, memberships, mentorLoads, organizations, programmes, sessions, users } from "@/db/schema";
import { createCodevWorld } from "@/lib/codevelopment/session-fixtures";
import { enqueueEmail } from "@/lib/email/enqueue";
import { closeProducer, getProducer } from "@/lib/jobs/boss";
import { queues } from "@/lib/jobs/queues";
import { spawnAppServer, type AppServer } from "@/tests/app-server";
import { spawnWorker, type WorkerProcess } from "@/tests/worker-process";

// Issue 11, point 3: Kring as production runs it on more than one machine, on one PostgreSQL. Two app
// servers (`next start` on the production build, two ports) and two job workers (`npm run worker`'s
// process) share this run's database; the test drives them over HTTP like a load balancer would:
//   a. 50 concurrent accepts for one mentor with capacity 2, spread over both servers;
//   b. 1,000 emails enqueued through the app's own code while a worker is killed (mostly SIGKILL, some
//      SIGTERM) and restarted 20 times at random: each delivered to the outbox exactly once;
//   c. five minutes of test clock of the per-minute sweeps, every tick run on both workers at once:
//      each reminder and each case-preparation email exists once;
//   d. the logs: one JSON line per request and per job, ids and no personal data;
//   e. SIGTERM: an app server finishes the request in flight and exits; the workers stop gracefully.
// It runs in its own phase of `npm test`, after the build (scripts/test.ts), and prints its figures.

const DAY = 86_400_000;
const MINUTE = 60_000;
const [PORT_A, PORT_B] = (process.env.KRING_MULTI_PORTS ?? "3311,3312").split(",").map(Number);
const AUTH_SECRET = "multi-instance-secret-not-for-production-0123456789";
const MENTEES = 50;
const CAPACITY = 2;
const EMAILS = 1000;
const KILLS = 20;
const SWEEP_ITEMS = 10;
const SWEEP_MINUTES = 5;
const SEED = Number(process.env.KRING_MULTI_SEED ?? Date.now() % 1_000_000);

// Seeded like the demo (db/seed-data.ts): a failing run can be replayed with KRING_MULTI_SEED.
const rand = createRandom(SEED);

const figures: Record<string, unknown> = { seed: SEED };
const print = (part: string, values: Record<string, unknown>) => {
  figures[part] = values;
  console.log(`[multi-instance] ${part}: ${JSON.stringify(values)}`);
};

let url = "";
const tag = randomBytes(4).toString("hex");
// The sweeps' test clock: two days ahead, so that nothing of (a) is due and the real cron finds nothing.
const T0 = Math.ceil((Date.now() + 2 * DAY) / MINUTE) * MINUTE;

type Slot = { worker: WorkerProcess; ready: boolean };
const servers: AppServer[] = [];
const slots: Slot[] = [];
const allWorkers: WorkerProcess[] = [];
let browser: Browser | undefined;

type World = {
  organizationId: string;
  mentor: { userId: string; email: string; token: string };
  requests: string[];
  reminderProgrammeId: string;
  reminderMatches: string[];
  codev: { organizationId: string; sessionId: string; presenterEmail: string }[];
  emails: string[];
};
let world: World;

function appEnv(): Record<string, string> {
  return { DATABASE_URL: url, AUTH_SECRET, KRING_DEV_OUTBOX: "1", KRING_ALLOW_TEST_CLOCK: "1", KRING_INLINE_WORKER: "0", DATABASE_POOL_MAX: "5", RESEND_API_KEY: "" };
}

function startWorker(slot: number): Slot {
  // Every queue and the cron schedules: the production worker. Email batches of 20 a second (the default is
  // 5) so that 1,000 emails fit the test's two minutes; the sweep ticks carry their instant (test clock).
  const worker = spawnWorker([], {
    DATABASE_URL: url,
    NODE_ENV: "production",
    AUTH_URL: `http://localhost:${PORT_A}`,
    AUTH_SECRET,
    KRING_DEV_OUTBOX: "1",
    KRING_ALLOW_TEST_CLOCK: "1",
    RESEND_API_KEY: "",
    DATABASE_POOL_MAX: "3",
    KRING_EMAIL_BATCH_SIZE: "20",
  });
  allWorkers.push(worker);
  const entry: Slot = { worker, ready: false };
  void worker.ready.then(() => (entry.ready = true)).catch(() => {});
  slots[slot] = entry;
  return entry;
}

// ---------------------------------------------------------------------------------------------- arranging

async function person(organizationId: string, key: string, locale: "en" | "nl" = "en") {
  const email = `${key}-${tag}@example.test`;
  const [user] = await getDb().insert(users).values({ email, name: `${key} ${tag}`, locale, currentOrganizationId: organizationId }).returning({ id: users.id });
  const [membership] = await getDb()
    .insert(memberships)
    .values({ organizationId, userId: user.id, email, name: `${key} ${tag}`, role: "member", status: "active", department: "Finance", topics: ["finance"], languages: ["nl", "en"] })
    .returning({ id: memberships.id });
  return { userId: user.id, membershipId: membership.id, email };
}

async function mentoringProgramme(organizationId: string, name: string) {
  const db = getDb();
  const [programme] = await db
    .insert(programmes)
    .values({ organizationId, kind: "mentoring", status: "running", name: { nl: name, en: name }, description: { nl: "", en: "" }, settings: { defaultCapacity: 1, responseDays: 5 } })
    .returning({ id: programmes.id });
  const [run] = await db
    .insert(matchingRuns)
    .values({ organizationId, programmeId: programme.id, status: "published", publishedAt: new Date(), figures: { matched: 0, unmatched: 0, meanScore: 0, mentorLoad: { used: 0, capacity: 0 } } })
    .returning({ id: matchingRuns.id });
  return { programmeId: programme.id, runId: run.id };
}

/** A mentor with `capacity` and `count` requested matches, each from its own mentee. */
async function requestsFor(organizationId: string, programme: { programmeId: string; runId: string }, mentorKey: string, capacity: number, count: number, timing: (i: number) => { createdAt: Date; deadline: Date }) {
  const db = getDb();
  const mentor = await person(organizationId, mentorKey);
  const [mentorEnrolment] = await db.insert(enrolments).values({ organizationId, programmeId: programme.programmeId, membershipId: mentor.membershipId, role: "mentor", capacity, answers: {} }).returning({ id: enrolments.id });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const mentee = await person(organizationId, `${mentorKey}-mentee-${i}`, i % 2 ? "nl" : "en");
    const [menteeEnrolment] = await db.insert(enrolments).values({ organizationId, programmeId: programme.programmeId, membershipId: mentee.membershipId, role: "mentee", answers: {} }).returning({ id: enrolments.id });
    const { createdAt, deadline } = timing(i);
    const [match] = await db
      .insert(matches)
      .values({
        organizationId,
        programmeId: programme.programmeId,
        runId: programme.runId,
        mentorEnrolmentId: mentorEnrolment.id,
        menteeEnrolmentId: menteeEnrolment.id,
        score: 0.8,
        status: "requested",
        createdAt,
        requestDeadline: deadline,
        explanation: [{ code: "sharedTopics", topics: ["finance"], effect: 0.3 }],
      })
      .returning({ id: matches.id });
    ids.push(match.id);
  }
  return { mentor, ids };
}

async function arrange(): Promise<World> {
  const db = getDb();
  const [org] = await db
    .insert(organizations)
    .values({ name: `Multi ${tag}`, slug: `multi-${tag}`, topics: [{ slug: "finance", label: { nl: "financiën", en: "finance" } }] })
    .returning({ id: organizations.id });

  // (a) One mentor with room for two, and 50 open requests, deadlines five days out.
  const capacity = await requestsFor(org.id, await mentoringProgramme(org.id, `Capacity ${tag}`), "busy-mentor", CAPACITY, MENTEES, () => ({ createdAt: new Date(), deadline: new Date(Date.now() + 5 * DAY) }));
  const token = randomBytes(24).toString("hex");
  await db.insert(sessions).values({ sessionToken: token, userId: capacity.mentor.userId, expires: new Date(Date.now() + DAY) });

  // (c) Ten requests whose reminder falls due, one every 30 s, within the five minutes after T0 (a request's
  // reminder goes out a day before its deadline), and ten co-development sessions whose case-preparation
  // email does the same (seven days before the session).
  const reminderProgramme = await mentoringProgramme(org.id, `Reminders ${tag}`);
  const reminders = await requestsFor(org.id, reminderProgramme, "reminded-mentor", SWEEP_ITEMS, SWEEP_ITEMS, (i) => ({
    createdAt: new Date(T0 - 10 * DAY),
    deadline: new Date(T0 + DAY + i * 30_000 + 15_000),
  }));
  const codev = [];
  for (let i = 0; i < SWEEP_ITEMS; i++) {
    const w = await createCodevWorld({ firstSessionAt: new Date(T0 + 7 * DAY + i * 30_000 + 15_000), sessionCount: 1 });
    codev.push({ organizationId: w.organizationId, sessionId: w.sessions[0].id, presenterEmail: w.p1.email });
  }
  return {
    organizationId: org.id,
    mentor: { userId: capacity.mentor.userId, email: capacity.mentor.email, token },
    requests: capacity.ids,
    reminderProgrammeId: reminderProgramme.programmeId,
    reminderMatches: reminders.ids,
    codev,
    emails: [capacity.mentor.email, reminders.mentor.email, ...codev.map((c) => c.presenterEmail)],
  };
}

beforeAll(async () => {
  url = databaseUrl();
  if (!fs.existsSync(path.join(import.meta.dirname, "..", ".next", "BUILD_ID"))) throw new Error("no production build in .next: run `next build` first (npm test does)");
  const started = Date.now();
  world = await arrange();
  servers.push(spawnAppServer(PORT_A, appEnv()), spawnAppServer(PORT_B, appEnv()));
  startWorker(0);
  startWorker(1);
  await Promise.all([...servers.map((s) => s.ready), ...slots.map((s) => s.worker.ready)]);
  print("setup", { ms: Date.now() - started, servers: servers.map((s) => s.url), workers: slots.map((s) => s.worker.pid) });
});

afterAll(async () => {
  // Whatever happened, nothing outlives the test.
  for (const server of servers) server.kill("SIGKILL");
  for (const worker of allWorkers) worker.kill("SIGKILL");
  await Promise.all([...servers.map((s) => s.exited), ...allWorkers.map((w) => w.exited)]);
  await browser?.close().catch(() => {});
  await closeProducer();
  await closeDb();
  console.log(`[multi-instance] figures: ${JSON.stringify(figures)}`);
});

// ------------------------------------------------------------------------------------------------ helpers

/** The id Next gave a server action in this build: a request names the action by it (header Next-Action). */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!entry) throw new Error(`no action ${name} in ${file}`);
  return entry[0];
}

type ActionAnswer = { status: number; ok: boolean | null; error: string | null; server: number };

/**
 * Calls the accept action the way the page's button does: `acceptMatchAction(null, formData)` encoded as
 * React encodes a server action's arguments (field 0 the argument list, the form's fields prefixed "_1_").
 */
async function accept(server: AppServer, index: number, id: string, matchId: string): Promise<ActionAnswer> {
  const body = new FormData();
  body.append("_1_matchId", matchId);
  body.append("0", JSON.stringify([null, "$K1"]));
  const response = await fetch(`${server.url}/matches`, {
    method: "POST",
    headers: { "next-action": id, origin: server.url, cookie: `authjs.session-token=${world.mentor.token}`, accept: "text/x-component" },
    body,
  });
  const text = await response.text();
  const result = text.match(/\{"ok":(true|false)(?:,"error":"([^"]+)")?/);
  return { status: response.status, ok: result ? result[1] === "true" : null, error: result?.[2] ?? null, server: index };
}

const countBy = <T,>(items: T[], key: (item: T) => string) => items.reduce<Record<string, number>>((acc, item) => ((acc[key(item)] = (acc[key(item)] ?? 0) + 1), acc), {});

async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number, pollMs = 250): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(pollMs);
    value = await read();
  }
  return value;
}

// ------------------------------------------------------------------------------------------------- the test

const bIds: string[] = [];
let ticks: string[] | undefined;

/** Five minutes of test clock: a tick per minute (T0 … T0+5 min), each sent twice so both workers run it. */
async function sendSweepTicks(): Promise<string[]> {
  const boss = await getProducer();
  const ids: string[] = [];
  for (let minute = 0; minute <= SWEEP_MINUTES; minute++) {
    const at = new Date(T0 + minute * MINUTE).toISOString();
    for (let copy = 0; copy < 2; copy++) {
      for (const queue of [queues.mentoringSweep, queues.codevSweep]) {
        const id = await boss.send(queue, { at });
        if (!id) throw new Error("tick not sent");
        ids.push(id);
      }
    }
  }
  return ids;
}

describe("several app servers and workers on one PostgreSQL", () => {
  it("a: 50 concurrent accepts for a mentor with room for 2, over both servers: 2 accepted, 48 told the capacity is full, no 500", async () => {
    const id = actionId("app/(app)/matches/actions.ts", "acceptMatchAction");
    const started = Date.now();
    const answers = await Promise.all(world.requests.map((matchId, i) => accept(servers[i % 2], i % 2, id, matchId)));
    const ms = Date.now() - started;
    const rows = await getDb().select({ status: matches.status }).from(matches).where(inArray(matches.id, world.requests));
    const [load] = await getDb().select().from(mentorLoads).where(eq(mentorLoads.organizationId, world.organizationId));
    print("a", {
      requests: answers.length,
      ms,
      httpStatus: countBy(answers, (a) => String(a.status)),
      accepted: answers.filter((a) => a.ok).length,
      capacityFull: answers.filter((a) => a.error === "matches.errors.capacityFull").length,
      answers: countBy(answers, (a) => (a.ok ? "ok" : (a.error ?? "unreadable"))),
      acceptedPerServer: countBy(answers.filter((a) => a.ok), (a) => String(a.server)),
      refusedPerServer: countBy(answers.filter((a) => a.error), (a) => String(a.server)),
      matches: countBy(rows, (r) => r.status),
      mentorLoad: load && { acceptedCount: load.acceptedCount, capacity: load.capacity },
    });
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.ok === true)).toHaveLength(CAPACITY);
    expect(answers.filter((a) => a.ok === false).map((a) => a.error)).toEqual(Array(MENTEES - CAPACITY).fill("matches.errors.capacityFull"));
    expect(countBy(rows, (r) => r.status)).toEqual({ accepted: CAPACITY, requested: MENTEES - CAPACITY });
    expect(load).toMatchObject({ acceptedCount: CAPACITY });

    // What the mentor reads: the page on the other server, a third accept, the message in their language.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const context = await browser.newContext({ locale: "en-GB" });
    await context.addCookies([{ name: "authjs.session-token", value: world.mentor.token, url: servers[1].url, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    await page.goto(`${servers[1].url}/matches`);
    await page.getByRole("button", { name: /^Accept / }).first().click();
    const alert = page.getByRole("alert").filter({ hasText: "no room" });
    await alert.waitFor({ state: "visible", timeout: 15_000 });
    expect(await alert.textContent()).toBe("You have no room for another mentee: you already accepted as many as you offered.");
    await context.close();
  });

  it("b: 1,000 emails enqueued while a worker is killed and restarted 20 times at random: each delivered once, none lost", async () => {
    const started = Date.now();
    const enqueuedAt = new Map<string, number>();
    // Through the app's own enqueue code, 20 messages per transaction, while the kills go on.
    const enqueueing = (async () => {
      for (let start = 0; start < EMAILS; start += 20) {
        await getDb().transaction(async (tx) => {
          for (let i = start; i < start + 20; i++) {
            const id = await enqueueEmail(tx, {
              template: "invitation",
              to: `multi-${i}-${tag}@example.com`,
              locale: i % 2 ? "en" : "nl",
              organizationId: world.organizationId,
              props: { url: `http://localhost:${PORT_A}/invite/${tag}/${i}`, organizationName: "Multi", inviterName: null, expiresAt: new Date(Date.now() + DAY).toISOString() },
              idempotencyKey: `multi:${tag}:${i}`,
            });
            if (!id) throw new Error("not enqueued");
            bIds.push(id);
          }
        });
        for (const id of bIds.slice(-20)) enqueuedAt.set(id, Date.now());
        await sleep(250);
      }
    })();
    enqueueing.catch(() => {});

    const activeEmailJobs = async () =>
      (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = ${queues.sendEmail} and state = 'active'`))[0].n;
    const kills: { signal: NodeJS.Signals; starting: boolean; activeJobs: number; exit: string; restartMs?: number }[] = [];
    for (let k = 0; k < KILLS; k++) {
      await sleep(1000 + rand() * 2000);
      // A worker that serves its queues, if one does within 2 s; otherwise one still starting (a loaded
      // machine restarts slowly), so that the 20 kills stay within the test's time.
      const readySlots = () => slots.map((s, i) => (s.ready ? i : -1)).filter((i) => i >= 0);
      const waitUntilReady = Date.now() + 2000;
      while (readySlots().length === 0 && Date.now() < waitUntilReady) await sleep(100);
      const ready = readySlots();
      const starting = ready.length === 0;
      const slot = starting ? Math.floor(rand() * slots.length) : ready[Math.floor(rand() * ready.length)];
      const victim = slots[slot].worker;
      // SIGTERM is a graceful stop, for a worker that is serving; one still starting gets SIGKILL.
      const signal: NodeJS.Signals = !starting && rand() < 0.25 ? "SIGTERM" : "SIGKILL";
      const activeJobs = await activeEmailJobs();
      victim.kill(signal);
      const exit = await victim.exited;
      kills.push({ signal, starting, activeJobs, exit: exit.signal ?? String(exit.code) });
      const restarted = Date.now();
      const replacement = startWorker(slot);
      void replacement.worker.ready.then(() => (kills[k].restartMs = Date.now() - restarted)).catch(() => {});
    }
    await enqueueing;
    const killsDoneAt = Date.now();
    // The sweeps' five minutes of test clock run on the two workers meanwhile (c).
    ticks = await sendSweepTicks();

    const progress = async () =>
      (
        await getDb().execute<{ delivered: number; completed: number }>(sql`
          select count(*) filter (where m.status = 'delivered')::int as delivered, count(*) filter (where j.state = 'completed')::int as completed
          from email_messages m join pgboss.job j on j.name = ${queues.sendEmail} and j.id = m.id
          where m.id = any(${`{${bIds.join(",")}}`}::uuid[])`)
      )[0];
    // A SIGKILLed worker's jobs come back after their 30 s expiry, pg-boss's maintenance (10 s) and a retry delay.
    const delivered = await waitUntil(progress, (p) => p.delivered === EMAILS, 150_000);
    const deliveredAt = Date.now();
    const settled = await waitUntil(progress, (p) => p.completed === EMAILS, 90_000);

    // The local outbox is the delivered email_messages rows (lib/email/outbox.ts): one per message, or a duplicate.
    const rows = await getDb().execute<{ id: string; to: string; status: string; transport: string | null; attempts: number; sentAtMs: number | null; retryCount: number }>(sql`
      select m.id::text, m.to_address as to, m.status::text, m.transport::text, m.attempts, (extract(epoch from m.sent_at) * 1000)::float8 as "sentAtMs", j.retry_count as "retryCount"
      from email_messages m join pgboss.job j on j.name = ${queues.sendEmail} and j.id = m.id
      where m.id = any(${`{${bIds.join(",")}}`}::uuid[])`);
    const perAddress = countBy(rows, (r) => r.to);
    const duplicates = Object.values(perAddress).reduce((n, c) => n + c - 1, 0) + rows.reduce((n, r) => n + Math.max(0, r.attempts - 1), 0);
    const delays = rows.filter((r) => r.sentAtMs !== null).map((r) => r.sentAtMs! - (enqueuedAt.get(r.id) ?? r.sentAtMs!));
    const outbox = rows.filter((r) => r.status === "delivered" && r.transport === "outbox");
    print("b", {
      emails: EMAILS,
      delivered: rows.filter((r) => r.status === "delivered").length,
      lost: EMAILS - rows.filter((r) => r.status === "delivered").length,
      duplicates,
      inOutbox: outbox.length,
      kills: kills.length,
      bySignal: countBy(kills, (k) => k.signal),
      exits: countBy(kills, (k) => k.exit),
      killedWhileStarting: kills.filter((k) => k.starting).length,
      activeEmailJobsAtKills: kills.reduce((n, k) => n + k.activeJobs, 0),
      retriedJobs: rows.filter((r) => r.retryCount > 0).length,
      jobsCompleted: settled.completed,
      medianRestartMs: ((ms) => ms[Math.floor(ms.length / 2)])(kills.flatMap((k) => (k.restartMs === undefined ? [] : [k.restartMs])).sort((x, y) => x - y)),
      killPhaseS: Math.round((killsDoneAt - started) / 100) / 10,
      allDeliveredAfterLastKillS: Math.round((deliveredAt - killsDoneAt) / 100) / 10,
      maxDelayS: Math.round(Math.max(...delays) / 100) / 10,
      totalS: Math.round((Date.now() - started) / 100) / 10,
    });
    expect(delivered.delivered, slots.map((s) => s.worker.output()).join("\n")).toBe(EMAILS);
    expect(rows.every((r) => r.status === "delivered" && r.attempts === 1)).toBe(true);
    expect(duplicates).toBe(0);
    expect(outbox.map((m) => m.id).sort()).toEqual([...bIds].sort());
    expect(settled.completed).toBe(EMAILS);
    expect(kills).toHaveLength(KILLS);
    // A SIGTERM is a graceful stop: exit code 0 after the jobs in hand; a SIGKILL is a crash.
    expect(kills.every((k) => (k.signal === "SIGTERM" ? k.exit === "0" : k.exit === "SIGKILL"))).toBe(true);
  }, 330_000);

  it("c: the per-minute sweeps on both workers for 5 minutes of test clock: each reminder and each case-preparation email once", async () => {
    ticks ??= await sendSweepTicks();
    const ids = ticks;
    const done = await waitUntil(
      async () => (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where id = any(${`{${ids.join(",")}}`}::uuid[]) and state = 'completed'`))[0].n,
      (n) => n === ids.length,
      120_000,
      500,
    );
    const reminders = await getDb()
      .select({ key: emailMessages.idempotencyKey, status: emailMessages.status, attempts: emailMessages.attempts })
      .from(emailMessages)
      .where(and(eq(emailMessages.organizationId, world.organizationId), eq(emailMessages.template, "match-reminder")));
    const codevOrgs = world.codev.map((c) => c.organizationId);
    const readPrep = () =>
      getDb()
        .select({ key: emailMessages.idempotencyKey, to: emailMessages.toAddress, status: emailMessages.status, attempts: emailMessages.attempts })
        .from(emailMessages)
        .where(and(inArray(emailMessages.organizationId, codevOrgs), eq(emailMessages.template, "codev-case-prep")));
    const notices = await getDb().select({ sessionId: codevSessionNotices.sessionId }).from(codevSessionNotices).where(and(inArray(codevSessionNotices.sessionId, world.codev.map((c) => c.sessionId)), eq(codevSessionNotices.kind, "casePrep")));
    const remindedMatches = await getDb().select({ id: matches.id }).from(matches).where(and(inArray(matches.id, world.reminderMatches), sql`${matches.reminderSentAt} is not null`));
    // The workers send them too: wait until every one is delivered.
    const prep = await waitUntil(readPrep, (rows) => rows.length > 0 && rows.every((r) => r.status === "delivered"), 60_000);
    const sweepLines = allWorkers.flatMap((w) => w.lines().filter((l) => l.event === "sweep" && l.testClock === true).map((l): Record<string, unknown> => ({ ...l, worker: w.pid })));
    const tickJobs = allWorkers.flatMap((w) => w.lines().filter((l) => l.event === "job" && typeof l.jobId === "string" && ids.includes(l.jobId)).map(() => w.pid));
    print("c", {
      minutesOfTestClock: SWEEP_MINUTES,
      ticks: ids.length,
      ticksCompleted: done,
      ticksPerWorker: countBy(tickJobs, String),
      reminders: reminders.length,
      distinctReminders: new Set(reminders.map((r) => r.key)).size,
      remindedMatches: remindedMatches.length,
      casePrepEmails: prep.length,
      distinctCasePrep: new Set(prep.map((r) => r.key)).size,
      casePrepNotices: notices.length,
      remindersSentBySweep: sweepLines.reduce((n, l) => n + Number(l.reminded ?? 0), 0),
      casePrepSentBySweep: sweepLines.reduce((n, l) => n + Number(l.casePrep ?? 0), 0),
    });
    expect(done).toBe(ids.length);
    expect(new Set(tickJobs).size).toBe(2);
    expect(reminders).toHaveLength(SWEEP_ITEMS);
    expect(new Set(reminders.map((r) => r.key)).size).toBe(SWEEP_ITEMS);
    expect(remindedMatches).toHaveLength(SWEEP_ITEMS);
    expect(prep).toHaveLength(SWEEP_ITEMS);
    expect(new Set(prep.map((r) => r.to)).size).toBe(SWEEP_ITEMS);
    expect(notices).toHaveLength(SWEEP_ITEMS);
    expect(prep.every((r) => r.status === "delivered" && r.attempts === 1)).toBe(true);
    // Two workers ran every tick, and still each email was written once.
    expect(sweepLines.reduce((n, l) => n + Number(l.reminded ?? 0), 0)).toBe(SWEEP_ITEMS);
    expect(sweepLines.reduce((n, l) => n + Number(l.casePrep ?? 0), 0)).toBe(SWEEP_ITEMS);
  });

  it("d: one JSON log line per request and per job, with request id, organisation and duration, and nothing personal", async () => {
    const requestLines = servers.map((s) => s.lines().filter((l) => l.event === "request"));
    const accepts = requestLines.map((lines) => lines.filter((l) => l.method === "POST" && l.path === "/matches"));
    const jobLines = allWorkers.flatMap((w) => w.lines().filter((l) => l.event === "job"));
    const emailJobLines = jobLines.filter((l) => l.queue === queues.sendEmail && bIds.includes(String(l.jobId)));
    const completedIds = new Set(emailJobLines.filter((l) => l.status === "completed").map((l) => String(l.jobId)));
    print("d", {
      requestLines: requestLines.map((lines) => lines.length),
      acceptLinesPerServer: accepts.map((lines) => lines.length),
      jobLines: jobLines.length,
      emailJobLinesOfB: emailJobLines.length,
      emailJobsOfBLoggedCompleted: completedIds.size,
      byQueue: countBy(jobLines, (l) => String(l.queue)),
    });
    // The browser's accept on server B is the 51st.
    expect(accepts[0].length + accepts[1].length).toBe(MENTEES + 1);
    expect(Math.min(accepts[0].length, accepts[1].length)).toBeGreaterThanOrEqual(MENTEES / 2);
    for (const line of accepts.flat()) {
      expect(line).toMatchObject({ level: "info", service: "web", status: 200 });
      expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof line.durationMs).toBe("number");
    }
    // Every (b) job that completed wrote its line, with the organisation its email belongs to.
    expect(completedIds.size).toBe(EMAILS);
    expect(emailJobLines.every((l) => l.organizationId === world.organizationId && typeof l.durationMs === "number" && l.service === "worker")).toBe(true);
    // No address, token, link or name in any log of any process.
    const everything = [...servers.map((s) => s.output()), ...allWorkers.flatMap((w) => [JSON.stringify(w.lines()), w.output()])].join("\n");
    for (const secret of [world.mentor.token, "@example.com", "@example.test", `/invite/${tag}`, `busy-mentor ${tag}`, AUTH_SECRET]) expect(everything).not.toContain(secret);
  });

  it("e: SIGTERM: a server finishes its request in flight, takes no new one and exits 0; the workers stop gracefully", async () => {
    const server = servers[0];
    const body = JSON.stringify({ programmeId: world.reminderProgrammeId });
    // A request in flight: headers and half its body sent; the route is waiting for the rest.
    const request = http.request({ host: "127.0.0.1", port: server.port, method: "POST", path: "/dev/sweep", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), origin: server.url, host: `localhost:${server.port}` } });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on("response", (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on("error", reject);
    });
    request.write(body.slice(0, 10));
    await sleep(500);
    const signalledAt = Date.now();
    server.kill("SIGTERM");
    await sleep(700);
    const newConnection = await new Promise<string>((resolve) => {
      const socket = net.connect(server.port, "127.0.0.1");
      socket.on("connect", () => (socket.destroy(), resolve("accepted")));
      socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    request.end(body.slice(10));
    const inFlight = await answer;
    const exit = await server.exited;
    const shutdown = server.lines().filter((l) => String(l.event).startsWith("shutdown."));

    // The workers: SIGTERM, they finish what they hold and exit 0.
    const stopping = slots.map((s) => s.worker);
    for (const worker of stopping) worker.kill("SIGTERM");
    const workerExits = await Promise.all(stopping.map((w) => w.exited));
    servers[1].kill("SIGTERM");
    const otherExit = await servers[1].exited;
    print("e", {
      inFlightStatus: inFlight.status,
      newConnectionAfterSigterm: newConnection,
      serverExit: exit.code ?? exit.signal,
      drainMs: Date.now() - signalledAt,
      shutdownLines: shutdown.map((l) => ({ event: l.event, inFlight: l.inFlight, drained: l.drained })),
      workerExits: workerExits.map((e) => e.code ?? e.signal),
      secondServerExit: otherExit.code ?? otherExit.signal,
    });
    expect(inFlight.status).toBe(200);
    expect(JSON.parse(inFlight.text)).toMatchObject({ expired: 0 });
    expect(newConnection).toBe("ECONNREFUSED");
    expect(exit.code).toBe(0);
    expect(shutdown.find((l) => l.event === "shutdown.start")?.inFlight).toBeGreaterThanOrEqual(1);
    expect(shutdown.find((l) => l.event === "shutdown.done")?.drained).toBe(true);
    expect(workerExits.map((e) => e.code)).toEqual([0, 0]);
    expect(stopping.every((w) => w.lines().some((l) => l.event === "worker.stopped"))).toBe(true);
    expect(otherExit.code).toBe(0);
  });
});
