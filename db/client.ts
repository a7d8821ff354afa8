import postgres from "postgres";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
/** The handle inside a transaction: a drizzle database without `$client`, so `db` and `tx` share one type. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Tx;

type Cached = { sql?: postgres.Sql; db?: Database; url?: string };
// Next.js loads server modules more than once (instrumentation, routes): one pool per process.
const cache = globalThis as unknown as { __kringDb?: Cached };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start Kring with `npm run dev` (embedded PostgreSQL) or set DATABASE_URL.");
  }
  return url;
}

export function getSql(): postgres.Sql {
  const c = (cache.__kringDb ??= {});
  const url = databaseUrl();
  if (!c.sql || c.url !== url) {
    c.url = url;
    // No `debug` option: with one set, postgres.js makes a failed query's text and parameters enumerable
    // properties of its error, so that any console.error of it prints the person's input (names, bios).
    c.sql = postgres(url, { max: Number(process.env.DATABASE_POOL_MAX ?? 10), onnotice: () => {} });
    c.db = undefined;
  }
  return c.sql;
}

/** The system handle: runs as the owner. Only for auth, migrations, seed and the worker; pages use withTenant. */
export function getDb(): Database {
  const c = (cache.__kringDb ??= {});
  getSql();
  c.db ??= drizzle(c.sql!, { schema, casing: "snake_case", logger: queryCounter });
  return c.db;
}

export async function closeDb(): Promise<void> {
  const c = cache.__kringDb;
  if (c?.sql) await c.sql.end({ timeout: 5 });
  cache.__kringDb = undefined;
}

/**
 * Counts queries per unit of work, so that tests can catch N+1 pages: drizzle calls its logger once per
 * statement it sends (transaction control such as BEGIN and COMMIT is not counted). It logs nothing: the
 * parameters it is handed are the person's input. Kept on globalThis like the pool: Next.js bundles this
 * module into several chunks, and the count must be the process's, whichever chunk asks.
 */
const counterCache = globalThis as unknown as { __kringQueryCounter?: { count: number; logQuery: () => void } };
export const queryCounter = (counterCache.__kringQueryCounter ??= {
  count: 0,
  logQuery: () => {
    counterCache.__kringQueryCounter!.count += 1;
  },
});

export { schema };
