import PgBoss from "pg-boss";
import { sql, type SQL } from "drizzle-orm";
import { databaseUrl, type Executor } from "@/db/client";
import { queueNames } from "./queues";

type Cached = { producer?: Promise<PgBoss> };
const cache = globalThis as unknown as { __kringBoss?: Cached };

/**
 * Creates pg-boss's schema and our queues, and lets the tenant role enqueue jobs inside its own
 * transactions. Run once per start (app launcher, worker, tests) with the owner's connection.
 */
export async function prepareQueues(url = databaseUrl()): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 2, supervise: false, schedule: false });
  boss.on("error", (error) => console.error("[kring] pg-boss:", error));
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const name of queueNames) {
      if (!existing.has(name)) await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
    }
    const db = boss.getDb();
    await db.executeSql("grant usage on schema pgboss to kring_app", []);
    await db.executeSql("grant select, insert, update on all tables in schema pgboss to kring_app", []);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** A pg-boss that only enqueues (no maintenance, no cron): one per process, started on first use. */
export function getProducer(): Promise<PgBoss> {
  const c = (cache.__kringBoss ??= {});
  c.producer ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl(), max: 2, supervise: false, schedule: false, migrate: false });
    boss.on("error", (error) => console.error("[kring] pg-boss:", error));
    await boss.start();
    return boss;
  })();
  return c.producer;
}

/**
 * Lets pg-boss run its SQL on our drizzle handle, so that a job is written in the caller's transaction:
 * a rolled-back change leaves no job behind (SECURITY.md rule 12).
 */
export function bossDb(executor: Executor): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const rows = await executor.execute(toDrizzleSql(text, values));
      return { rows: Array.from(rows as Iterable<unknown>) };
    },
  };
}

/** pg-boss writes $1..$n placeholders; drizzle binds parameters itself. */
export function toDrizzleSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [sql.raw(parts[0])];
  for (let i = 1; i < parts.length; i += 2) {
    chunks.push(sql`${sql.param(toParam(values[Number(parts[i]) - 1]))}`, sql.raw(parts[i + 1]));
  }
  return sql.join(chunks, sql.raw(""));
}

/**
 * drizzle drops an undefined parameter from the SQL text (pg-boss means NULL by it), and its postgres-js
 * driver turns off postgres.js's JSON encoding, so job data must arrive as a JSON string.
 */
function toParam(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/** Stops this process's producer (tests, shutdown). */
export async function closeProducer(): Promise<void> {
  const c = cache.__kringBoss;
  if (!c?.producer) return;
  const boss = await c.producer;
  c.producer = undefined;
  await boss.stop({ graceful: false, wait: true });
}
