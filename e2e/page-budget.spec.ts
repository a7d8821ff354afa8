import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { e2eSql } from "./support/db";
import { DEMO, expect, test } from "./support/fixtures";

/**
 * Issue 16, point 4: a guard that is not a timing. Every main page of the demo stays under its HTML budget
 * (a page that ships the whole message catalogue again, or a list that renders every row, fails here), and
 * the SQL statements a page sends do not grow with the organisation: the same page for an organisation of
 * 10 and of 1,000 members sends the same number. The counts come from a server of this test's own (the
 * suite's server runs the inline worker and other tests' requests), with GET /dev/query-count before and
 * after each request.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 57;
const BASE = `http://localhost:${PORT}`;
const KB = 1024;
/** The issue's target: no HTML page over 60 KB for the demo data. */
const HTML_BUDGET = 60 * KB;
/**
 * Pages not yet down to the target, held at what they weigh now plus a margin so that they cannot grow
 * unnoticed (docs/performance.md says what is left on each): the insights charts with a table behind
 * every chart.
 */
const BUDGET_OF: Record<string, number> = {
  // Every chart drawn twice (narrow and wide), the guided conversations' and each learning track's included.
  "/admin/insights": 130 * KB,
  // A full page of 50 audit entries; the suite's other tests fill it before this one may run.
  "/admin/audit": 90 * KB,
  // Unpaginated lists of programmes: the demo's six plus those the other tests create.
  "/admin/programmes": 90 * KB,
  "/programmes": 80 * KB,
};

let server: ChildProcess | null = null;

test.beforeAll(async () => {
  server = spawn(path.join(process.cwd(), "node_modules/.bin/next"), ["start", "--port", String(PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
      AUTH_URL: BASE,
      KRING_DEV_OUTBOX: "1",
      KRING_COUNT_QUERIES: "1",
      KRING_INLINE_WORKER: "0",
    },
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the budget server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

async function sessionCookie(email: string): Promise<string> {
  const token = randomBytes(24).toString("hex");
  const [user] = await e2eSql()<{ id: string }[]>`select id from users where email = ${email}`;
  await e2eSql()`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
  return `authjs.session-token=${token}`;
}

async function measure(pathname: string, cookie: string): Promise<{ status: number; bytes: number; queries: number }> {
  const count = async () => ((await (await fetch(`${BASE}/dev/query-count`)).json()) as { queries: number }).queries;
  let best: { status: number; bytes: number; queries: number } | null = null;
  // The fewest of three: nothing else runs on this server, and a page never sends fewer than it needs.
  for (let i = 0; i < 3; i++) {
    const before = await count();
    const response = await fetch(`${BASE}${pathname}`, { headers: { cookie }, redirect: "manual" });
    const bytes = (await response.arrayBuffer()).byteLength;
    const queries = (await count()) - before;
    if (!best || queries < best.queries) best = { status: response.status, bytes, queries };
  }
  return best!;
}

/** An organisation of `people` members in six departments, and its admin's session. */
async function organisationOf(people: number): Promise<string> {
  const sql = e2eSql();
  const tag = randomBytes(4).toString("hex");
  const email = `budget-admin-${tag}@example.org`;
  const [org] = await sql<{ id: string }[]>`insert into organizations (name, slug) values (${`Budget ${people} ${tag}`}, ${`budget-${people}-${tag}`}) returning id`;
  const [user] = await sql<{ id: string }[]>`
    insert into users (id, name, email, email_verified, current_organization_id) values (${crypto.randomUUID()}, 'Budget admin', ${email}, now(), ${org.id}) returning id`;
  await sql`insert into memberships (organization_id, user_id, email, role, status, name, department) values (${org.id}, ${user.id}, ${email}, 'admin', 'active', 'Budget admin', 'HR')`;
  await sql`
    insert into memberships (organization_id, email, role, status, name, department)
    select ${org.id}, 'person-' || n || ${`@budget-${tag}.example`}, 'member', (case when n % 3 = 0 then 'invited' else 'active' end)::membership_status,
      'Person ' || n, (array['Finance','HR','IT','Operations','Sales','Legal'])[1 + n % 6]
    from generate_series(1, ${people - 1}) as n`;
  return sessionCookie(email);
}

const mainPages = ["/dashboard", "/programmes", "/matches", "/groups", "/sessions", "/profile", "/admin/members", "/admin/programmes", "/admin/insights", "/admin/audit"];

test("every main page of the demo stays under its HTML budget", async () => {
  const pages: [string, string][] = [
    ...mainPages.map((p): [string, string] => [DEMO.admin, p]),
    [DEMO.member, "/dashboard"],
    [DEMO.facilitator, "/groups"],
    [DEMO.facilitator, "/sessions"],
  ];
  const sizes: string[] = [];
  const over: string[] = [];
  for (const [email, pathname] of pages) {
    const { status, bytes } = await measure(pathname, await sessionCookie(email));
    expect(status, pathname).toBe(200);
    const line = `${pathname} (${email.split("@")[0]}): ${(bytes / KB).toFixed(1)} KB`;
    sizes.push(line);
    if (bytes >= (BUDGET_OF[pathname] ?? HTML_BUDGET)) over.push(line);
  }
  console.log(`[budget] ${sizes.join("; ")}`);
  expect(over, "pages over their budget").toEqual([]);
});

test("a page sends as many queries for 1,000 members as for 10", async () => {
  test.setTimeout(90_000);
  const small = await organisationOf(10);
  const large = await organisationOf(1_000);
  const counts: string[] = [];
  for (const pathname of mainPages) {
    const a = await measure(pathname, small);
    const b = await measure(pathname, large);
    expect([a.status, b.status], pathname).toEqual([200, 200]);
    counts.push(`${pathname} ${a.queries}/${b.queries}`);
    expect(b.queries, `${pathname}: ${a.queries} queries for 10 members, ${b.queries} for 1,000`).toBe(a.queries);
  }
  console.log(`[budget] queries (10 / 1,000 members): ${counts.join("; ")}`);
});
