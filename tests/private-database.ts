import { databaseUrl } from "../db/client";
import { runMigrations } from "../db/migrate";
import { prepareQueues } from "../lib/jobs/boss";
import { createUniqueDatabase } from "../lib/testing/test-database";

export type PrivateDatabase = { url: string; drop: () => Promise<void> };

/**
 * A migrated database with pg-boss's queues, for one test file alone, on DATABASE_URL's server. For tests
 * that run job workers: on the shared test database a worker would also send the other files' emails (and
 * race the tests that cancel theirs), and their backlog (an import's 10,000 invitations) would stand in
 * front of this file's jobs.
 */
export async function createPrivateDatabase(prefix: string): Promise<PrivateDatabase> {
  const db = await createUniqueDatabase(databaseUrl(), prefix);
  try {
    await runMigrations(db.url);
    await prepareQueues(db.url);
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}
