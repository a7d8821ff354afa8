/**
 * `npm run bench:scim`: an initial SCIM sync of 1,000 people (BENCH_USERS), as Microsoft Entra ID runs one,
 * through the same handler as /scim/v2: per person a query by userName and a POST, then a PATCH that sets
 * the manager of everyone but the managers, then 100 people switched off. Several requests at a time
 * (BENCH_CONCURRENCY, default 4: the provisioning service works in parallel). In a database of its own on
 * DATABASE_URL's server (default: the local PostgreSQL), which it creates, migrates and drops. Prints the
 * time of each phase, requests per second, and the median and 95th percentile per request. Not a test: the
 * figures depend on the machine.
 */
import "./allow-server-only";
import os from "node:os";
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { memberships, organizations, users } from "../db/schema";
import { handleScimRequest } from "../lib/scim/handler";
import { issueScimToken } from "../lib/scim/tokens";
import { createUniqueDatabase } from "../lib/testing/test-database";

const USERS = Number(process.env.BENCH_USERS ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const MANAGERS = Math.max(1, Math.round(USERS / 20));
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const departments = ["Burgerzaken", "Financiën", "HR", "ICT", "Ruimtelijke ordening", "Sociaal domein", "Communicatie", "Juridische zaken"];

type Timed = { status: number; ms: number; body: Record<string, unknown> };

async function main() {
  const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createUniqueDatabase(server, "kring_bench_scim");
  process.env.DATABASE_URL = database.url;
  try {
    await runMigrations(database.url);
    const [org] = await getDb().insert(organizations).values({ name: "Benchmark gemeente", slug: "bench-scim" }).returning();
    const [user] = await getDb().insert(users).values({ email: "admin@bench.kring.test", name: "Bench admin" }).returning();
    const [admin] = await getDb().insert(memberships).values({ organizationId: org.id, userId: user.id, email: user.email!, name: "Bench admin", role: "admin", status: "active" }).returning();
    const { token } = await issueScimToken({ organizationId: org.id, actorMembershipId: admin.id, userId: user.id }, { replacesTokenId: null });

    const send = async (method: string, path: string, body?: unknown): Promise<Timed> => {
      const url = new URL(`http://localhost:3000/scim/v2${path}`);
      const request = new Request(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/scim+json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const started = performance.now();
      const response = await handleScimRequest(request, url.pathname.split("/").slice(3).filter(Boolean));
      const ms = performance.now() - started;
      return { status: response.status, ms, body: response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>) };
    };

    const upn = (i: number) => `medewerker${i}@bench.onmicrosoft.com`;
    const person = (i: number) => ({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
      externalId: `mail-nick-${i}`,
      userName: upn(i),
      active: true,
      displayName: `Medewerker ${i}`,
      emails: [{ primary: true, type: "work", value: `medewerker${i}@bench.kring.test` }],
      name: { givenName: "Medewerker", familyName: String(i), formatted: `Medewerker ${i}` },
      title: i < MANAGERS ? "Teamleider" : "Beleidsmedewerker",
      [ENTERPRISE]: { department: departments[i % departments.length] },
    });

    const ids: string[] = new Array(USERS);
    const phases: { name: string; requests: number; ms: number; latencies: number[] }[] = [];
    const phase = async (name: string, count: number, step: (i: number) => Promise<Timed[]>) => {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < count) {
            const i = next++;
            for (const answer of await step(i)) latencies.push(answer.ms);
          }
        }),
      );
      phases.push({ name, requests: latencies.length, ms: performance.now() - started, latencies });
    };
    const expect = (answer: Timed, status: number, what: string) => {
      if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer;
    };

    await phase("query by userName + create", USERS, async (i) => {
      const lookup = expect(await send("GET", `/Users?filter=${encodeURIComponent(`userName eq "${upn(i)}"`)}`), 200, "lookup");
      const created = expect(await send("POST", "/Users", person(i)), 201, "create");
      ids[i] = created.body.id as string;
      return [lookup, created];
    });
    await phase("PATCH manager", USERS - MANAGERS, async (k) => {
      const i = k + MANAGERS;
      const manager = ids[i % MANAGERS];
      return [expect(await send("PATCH", `/Users/${ids[i]}`, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "Add", path: `${ENTERPRISE}:manager`, value: manager }] }), 200, "manager")];
    });
    await phase("switch off (active \"False\")", Math.min(100, USERS - MANAGERS), async (k) => {
      const i = USERS - 1 - k;
      return [expect(await send("PATCH", `/Users/${ids[i]}`, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "Replace", path: "active", value: "False" }] }), 200, "deactivate")];
    });
    await phase("import all (GET pages of 100)", Math.ceil((USERS + 1) / 100), async (k) => [expect(await send("GET", `/Users?startIndex=${k * 100 + 1}&count=100`), 200, "page")]);

    const [check] = Array.from(
      await getDb().execute<{ members: number; with_manager: number; removed: number }>(sql`
        select count(*)::int as members, count(manager_membership_id)::int as with_manager, count(*) filter (where status = 'removed')::int as removed
        from memberships where organization_id = ${org.id}`),
    );
    const fixed = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
    const percentile = (list: number[], p: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))];
    console.log(`SCIM initial sync: ${USERS} people (${MANAGERS} managers), ${CONCURRENCY} requests at a time\n`);
    console.log("| phase | requests | seconds | requests/s | median ms | p95 ms |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const p of phases) {
      console.log(`| ${p.name} | ${p.requests} | ${fixed(p.ms / 1000, 2)} | ${fixed(p.requests / (p.ms / 1000), 0)} | ${fixed(percentile(p.latencies, 0.5))} | ${fixed(percentile(p.latencies, 0.95))} |`);
    }
    const total = phases.reduce((sum, p) => sum + p.ms, 0);
    const sync = phases[0].ms + phases[1].ms;
    console.log(`\nInitial sync (create + managers): ${(sync / 1000).toFixed(2)} s; all phases ${(total / 1000).toFixed(2)} s.`);
    console.log(`In the database: ${check.members} members (the admin included), ${check.with_manager} with a manager, ${check.removed} switched off.`);
    console.log(`Load average at the end ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores.`);
  } finally {
    await closeDb();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
