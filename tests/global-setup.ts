import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { prepareQueues } from "../lib/jobs/boss";
import { createUniqueDatabase } from "../lib/testing/test-database";

/**
 * Every test run gets its own database on DATABASE_URL's server (or on an embedded PostgreSQL when
 * DATABASE_URL is unset), migrated like production, and drops it at the end.
 */
export default async function setup() {
  let embedded: EmbeddedDatabase | null = null;
  let server = process.env.DATABASE_URL;
  if (!server) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "test-postgres"), port: Number(process.env.KRING_TEST_EMBEDDED_PORT ?? 54339), database: "postgres" });
    server = embedded.url;
  }
  const db = await createUniqueDatabase(server, "kring_test");
  await runMigrations(db.url);
  await prepareQueues(db.url);
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-0123456789";
  return async () => {
    await db.drop();
    if (embedded) await embedded.stop();
  };
}
