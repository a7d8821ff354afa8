import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { runMigrations } from "../db/migrate";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { prepareQueues } from "../lib/jobs/boss";

export type PreparedDatabase = { url: string; embedded: EmbeddedDatabase | null };

/**
 * DATABASE_URL when it is set; otherwise an embedded PostgreSQL 15 in .data/ (no server to install).
 * Either way the migrations and the job queue's schema are applied before anything else runs.
 */
export async function prepareDatabase(options: { embeddedDir?: string; embeddedDatabase?: string } = {}): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.KRING_EMBEDDED_PORT ?? 54329);
    console.log(`[kring] no DATABASE_URL: starting the embedded PostgreSQL on port ${port}`);
    embedded = await startEmbeddedPostgres({
      dataDir: options.embeddedDir ?? path.join(process.cwd(), ".data", "postgres"),
      port,
      database: options.embeddedDatabase ?? "kring",
    });
    process.env.DATABASE_URL = embedded.url;
  }
  const url = process.env.DATABASE_URL!;
  await runMigrations(url);
  await prepareQueues(url);
  return { url, embedded };
}

/** A development secret kept in .data/, so that sessions survive a restart without any setup. */
export function ensureDevAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
