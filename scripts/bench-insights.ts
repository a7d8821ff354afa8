/**
 * `npm run bench:insights`: times the insights page's data function on an organisation of 10,000 members
 * with two years of history, in a database of its own on DATABASE_URL's server (default: the local
 * PostgreSQL), which it creates, migrates, seeds and drops. Prints the sizes, the seed time, and the data
 * function's time and query count, cold (a new connection) and warm, for several filters. Not a test: the
 * figures depend on the machine.
 */
import "./allow-server-only";
import { sql } from "drizzle-orm";
import { closeDb, getDb, queryCounter } from "../db/client";
import { runMigrations } from "../db/migrate";
import { memberships, organizations, users } from "../db/schema";
import { seedHistory } from "../db/seed-history";
import { getInsights } from "../lib/insights/get-insights";
import type { InsightsQuery } from "../lib/insights/read-insights";
import { createUniqueDatabase } from "../lib/testing/test-database";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const MONTHS = 24;
const WARM_RUNS = 10;
const departments = ["Finance", "HR", "IT", "Operations", "Sales", "Customer Service", "Legal", "Facilities", "Communication", "Policy", "Youth care", "Public works"];

const fixed = (ms: number) => ms.toFixed(1).padStart(7);
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function main() {
  const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const database = await createUniqueDatabase(server, "kring_bench_insights");
  process.env.DATABASE_URL = database.url;
  try {
    await runMigrations(database.url);
    const now = new Date();
    const seedStarted = performance.now();
    const scope = await getDb().transaction(async (tx) => {
      const [org] = await tx.insert(organizations).values({ name: "Benchmark gemeente", slug: "bench" }).returning();
      const [user] = await tx.insert(users).values({ email: "admin@bench.kring.test", name: "Bench admin", currentOrganizationId: org.id }).returning();
      const [admin] = await tx.insert(memberships).values({ organizationId: org.id, userId: user.id, email: user.email!, name: "Bench admin", role: "admin", status: "active", department: "HR" }).returning();
      const counts = await seedHistory(tx, { organizationId: org.id, now, months: MONTHS, extraPeople: MEMBERS - 1, departments, emailDomain: "bench.kring.test", excludeEmails: [user.email!] });
      return { organizationId: org.id, actorMembershipId: admin.id, userId: user.id, counts };
    });
    const seedMs = performance.now() - seedStarted;
    // A database two years in has settled statistics and visibility maps.
    await getDb().execute(sql`vacuum analyze`);
    const sizes = Array.from(
      await getDb().execute<Record<string, number>>(sql`
        select (select count(*)::int from memberships) as members, (select count(*)::int from programmes) as programmes,
          (select count(*)::int from enrolments) as enrolments, (select count(*)::int from matches) as matches,
          (select count(*)::int from codev_groups) as groups, (select count(*)::int from meeting_sessions) as sessions,
          (select count(*)::int from meeting_participants) as participants, (select count(*)::int from codev_cases) as cases,
          (select count(*)::int from codev_feedback) as feedback`),
    )[0];
    console.log(`Organisation: ${Object.entries(sizes).map(([k, v]) => `${v} ${k}`).join(", ")}`);
    console.log(`Seeded in ${(seedMs / 1000).toFixed(1)} s (${MONTHS} months of history)\n`);

    const [programme] = Array.from(await getDb().execute<{ id: string }>(sql`select id from programmes where kind = 'codevelopment' and status = 'running' limit 1`));
    const variants: [string, InsightsQuery][] = [
      ["whole organisation, last 12 months", {}],
      ["whole organisation, 24 months", { from: new Date(now.getTime() - 730 * 86_400_000).toISOString().slice(0, 10) }],
      ["one programme", { programme: programme.id }],
      ["one department", { department: "IT" }],
      ["programme + department + 3 months", { programme: programme.id, department: "IT", from: new Date(now.getTime() - 90 * 86_400_000).toISOString().slice(0, 10) }],
    ];

    const time = async (query: InsightsQuery) => {
      queryCounter.count = 0;
      const started = performance.now();
      await getInsights(scope, query, { now });
      return { ms: performance.now() - started, queries: queryCounter.count };
    };

    // Cold: a new connection pool, so no prepared statement or catalog cache of ours is warm.
    await closeDb();
    const cold = await time(variants[0][1]);
    console.log(`Cold (first call on a new connection): ${fixed(cold.ms)} ms, ${cold.queries} queries\n`);
    console.log(`| filters | median ms | min ms | max ms | queries |`);
    console.log(`|---|---:|---:|---:|---:|`);
    for (const [label, query] of variants) {
      const runs = [];
      for (let i = 0; i < WARM_RUNS; i++) runs.push(await time(query));
      const ms = runs.map((r) => r.ms);
      console.log(`| ${label} | ${fixed(median(ms))} | ${fixed(Math.min(...ms))} | ${fixed(Math.max(...ms))} | ${runs[0].queries} |`);
    }
    const load = (await import("node:os")).loadavg()[0];
    console.log(`\n${WARM_RUNS} warm runs per row; load average at the end ${load.toFixed(2)} on ${(await import("node:os")).cpus().length} cores.`);
  } finally {
    await closeDb();
    // BENCH_KEEP=1 keeps the database for EXPLAIN ANALYZE; its name is printed.
    if (process.env.BENCH_KEEP === "1") console.log(`Kept ${database.url}`);
    else await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
