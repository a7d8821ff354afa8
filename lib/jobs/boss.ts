import PgBoss from "pg-boss";
import { sql, type SQL } from "drizzle-orm";
import { databaseUrl, type Executor } from "@/db/client";
import { queueOptions, type QueueOptions } from "./queue-options";
import { queueNames } from "./queues";
import { errorSummary } from "@/lib/ops/error-summary";
import { logger } from "@/lib/ops/logger";

type Cached = { producer?: Promise<PgBoss> };
const cache = globalThis as unknown as { __kringBoss?: Cached };

/**
 * Creates pg-boss's schema and our queues, and lets the tenant role enqueue jobs inside its own
 * transactions. Run once per start (app launcher, worker, tests) with the owner's connection.
 */
export async function prepareQueues(url = databaseUrl()): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 2, supervise: false, schedule: false });
  boss.on("error", (error) => logger().error({ event: "pgboss.error", ...errorSummary(error) }, "pg-boss error"));
  await boss.start();
  try {
    const db = boss.getDb();
    const existing = new Map((await boss.getQueues()).map((q) => [q.name, q]));
    for (const name of queueNames) {
      const options = queueOptions[name];
      const current = existing.get(name);
      if (!current) await boss.createQueue(name, { name, ...options });
      // A database made by an earlier release keeps that release's options unless they are restated.
      else if (differs(current, options)) await boss.updateQueue(name, { name, ...options });
      await restateWaitingJobs(db, name, options);
    }
    // Two processes starting at once (two workers, a worker and an app) would grant side by side, and
    // PostgreSQL refuses concurrent GRANTs on one object ("tuple concurrently updated"). One string runs as
    // one implicit transaction, so the advisory lock taken first holds until both grants are done.
    await db.executeSql(
      `select pg_advisory_xact_lock(hashtextextended('kring.prepare-queues.grants', 0));
       grant usage on schema pgboss to kring_app;
       grant select, insert, update on all tables in schema pgboss to kring_app`,
      [],
    );
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

function differs(current: PgBoss.QueueResult, wanted: QueueOptions): boolean {
  return (Object.keys(wanted) as (keyof QueueOptions)[]).some((key) => wanted[key] !== undefined && current[key] !== wanted[key]);
}

/**
 * pg-boss copies a queue's options onto each job when it is written, so jobs written before an update keep
 * the old ones (a 15-minute expiry, say). Restates them on the jobs not yet done. SKIP LOCKED: a job that a
 * worker is settling right now is left alone rather than waited for, so this never blocks or deadlocks.
 */
async function restateWaitingJobs(db: PgBoss.Db, name: string, options: QueueOptions): Promise<void> {
  await db.executeSql(
    `with wanted as (
       select $2::int * interval '1 second' as expire_in, $3::int as retry_limit, $4::int as retry_delay, $5::bool as retry_backoff
     ), stale as (
       select j.id from pgboss.job j, wanted w
       where j.name = $1 and j.state < 'completed'
         and ((w.expire_in is not null and j.expire_in <> w.expire_in)
           or (j.retry_limit, j.retry_delay, j.retry_backoff) is distinct from (w.retry_limit, w.retry_delay, w.retry_backoff))
       for update of j skip locked
     )
     update pgboss.job j set
       expire_in = coalesce(w.expire_in, j.expire_in), retry_limit = w.retry_limit, retry_delay = w.retry_delay, retry_backoff = w.retry_backoff
     from stale, wanted w
     where j.name = $1 and j.id = stale.id`,
    [name, options.expireInSeconds ?? null, options.retryLimit, options.retryDelay, options.retryBackoff],
  );
}

/** A pg-boss that only enqueues (no maintenance, no cron): one per process, started on first use. */
export function getProducer(): Promise<PgBoss> {
  const c = (cache.__kringBoss ??= {});
  c.producer ??= (async () => {
    const boss = new PgBoss({ connectionString: databaseUrl(), max: 2, supervise: false, schedule: false, migrate: false });
    boss.on("error", (error) => logger().error({ event: "pgboss.error", ...errorSummary(error) }, "pg-boss error"));
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
