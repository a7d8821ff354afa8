import { getSql } from "@/db/client";
import journal from "@/db/migrations/meta/_journal.json";
import { logger } from "./logger";
import { isDraining } from "./shutdown";

/**
 * The newest migration this build ships: read from drizzle's journal at build time (a JSON import), so a
 * probe never touches the file system. drizzle's migrator records each applied migration's `when` as
 * `created_at` in drizzle.__drizzle_migrations.
 */
export const LATEST_MIGRATION_AT: number = Math.max(...journal.entries.map((entry) => entry.when));

const PROBE_TIMEOUT_MS = 2_000;

export type Readiness = { ready: true } | { ready: false; reason: "draining" | "database" | "migrations" };

let lastWarned: { reason: string; at: number } | null = null;

function warnOnce(reason: string, detail: Record<string, unknown>): void {
  // A failing probe every few seconds should not flood the log: one line per reason and 30 s.
  if (lastWarned?.reason === reason && Date.now() - lastWarned.at < 30_000) return;
  lastWarned = { reason, at: Date.now() };
  logger().warn({ event: "ready.failed", reason, ...detail }, "not ready");
}

/**
 * Ready to take traffic: not shutting down, the database answers within 2 s, and it has every migration this
 * build knows (a database that is ahead, migrated for the next release, is fine: upgrades migrate first).
 * One indexed read of a table of a dozen rows.
 */
export async function checkReadiness(): Promise<Readiness> {
  if (isDraining()) return { ready: false, reason: "draining" };
  let timer: NodeJS.Timeout | undefined;
  try {
    const probe = getSql()<{ latest: string | null }[]>`select max(created_at)::text as latest from drizzle.__drizzle_migrations`;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
    });
    const [row] = await Promise.race([probe, timeout]);
    const latest = Number(row?.latest ?? 0);
    if (latest < LATEST_MIGRATION_AT) {
      warnOnce("migrations", { databaseLatest: latest, buildLatest: LATEST_MIGRATION_AT });
      return { ready: false, reason: "migrations" };
    }
    return { ready: true };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // No drizzle schema or table yet: a database nobody migrated.
    if (code === "3F000" || code === "42P01") {
      warnOnce("migrations", { code });
      return { ready: false, reason: "migrations" };
    }
    warnOnce("database", { code: typeof code === "string" ? code : undefined, error: error instanceof Error ? error.name : typeof error });
    return { ready: false, reason: "database" };
  } finally {
    clearTimeout(timer);
  }
}
